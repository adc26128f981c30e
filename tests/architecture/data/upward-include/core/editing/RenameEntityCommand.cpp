#include "RenameEntityCommand.h"
#include "model/Entity.h" // allowed: reached through storage
#include "storage/EntityRepository.h"
