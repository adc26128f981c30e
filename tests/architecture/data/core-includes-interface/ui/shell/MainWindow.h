#pragma once
#include "storage/Project.h"
