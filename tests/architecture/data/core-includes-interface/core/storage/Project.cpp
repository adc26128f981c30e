#include "Project.h"
#include "ui/shell/MainWindow.h"
