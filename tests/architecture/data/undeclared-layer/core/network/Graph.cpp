#include "storage/Project.h"
