#pragma once
#include "ui/reader/ReaderView.h"
