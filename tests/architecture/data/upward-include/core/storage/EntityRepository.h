#pragma once

#include "common/Result.h"
#include "model/Entity.h"
