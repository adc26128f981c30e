#include "SourceReader.h"

#include "model/Source.h"
#include "model/TimeValueText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace annalist {

SourceReader::SourceReader(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(12, 10, 12, 6);

    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_text->setFont(font);
    m_text->document()->setDocumentMargin(14);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    clear();
}

void SourceReader::showSource(const Source &source)
{
    QStringList details;
    if (!source.outlet.isEmpty())
        details << source.outlet.toHtmlEscaped();
    if (!source.author.isEmpty())
        details << tr("by %1").arg(source.author.toHtmlEscaped());
    details << (source.published.isKnown() ? tr("published %1").arg(TimeValueText::describe(source.published))
                                           : tr("undated"));
    if (source.reliability != ReliabilityGrade::Unrated)
        details << tr("grade %1").arg(reliabilityGradeLetter(source.reliability));
    m_header->setText(QStringLiteral("<div style='font-size:large; font-weight:600'>%1</div><div>%2</div>")
                          .arg(source.title.toHtmlEscaped(), details.join(QStringLiteral(" · "))));
    m_text->setPlainText(source.body);

    // Paragraph spacing for comfortable reading.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setBottomMargin(6);
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(format);
    m_text->moveCursor(QTextCursor::Start);
}

void SourceReader::clear()
{
    m_header->setText(tr("<i>Select a source in the library to read it.</i>"));
    m_text->clear();
}

QString SourceReader::text() const
{
    return m_text->toPlainText();
}

} // namespace annalist
