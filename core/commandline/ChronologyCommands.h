#pragma once

class QTextStream;

namespace annalist {

class CommandLineArguments;

// annalist-cli's commands about time: `roles P list|import FILE.csv` and
// `date-sources P`.
class ChronologyCommands final
{
public:
    ChronologyCommands(QTextStream &out, QTextStream &err);

    int roles(const CommandLineArguments &arguments);
    int dateSources(const CommandLineArguments &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace annalist
