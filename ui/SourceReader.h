#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace annalist {

struct Source;

// Shows one source for reading: a header with its metadata above its text.
class SourceReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceReader)

public:
    explicit SourceReader(QWidget *parent = nullptr);

    void showSource(const Source &source);
    void clear();
    QString text() const;

private:
    QLabel *m_header;
    QPlainTextEdit *m_text;
};

} // namespace annalist
