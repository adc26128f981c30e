#pragma once

#include <QString>

namespace annalist {

// Why a file could not be imported, as one clear sentence (without the file name,
// which the caller adds).
struct ImportError
{
    QString message;
};

} // namespace annalist
