#include "model/Source.h"
