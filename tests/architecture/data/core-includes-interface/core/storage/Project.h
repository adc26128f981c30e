#pragma once
#include "model/Source.h"
