#pragma once
#include "model/Source.h"
#include "ui/widgets/ElidedLabel.h"
