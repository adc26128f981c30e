#include "ElidedLabel.h"
#include "ui/shell/MainWindow.h"
#include "ui/reader/ReaderView.h"
