#pragma once

#include "storage/EntityRepository.h" // wrong: the model is the bottom layer
