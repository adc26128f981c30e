// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SettingsDialog.h"

#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include "model/Entity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace annalist {

namespace {

// The built-in types, in the order of the legend, for the sample.
constexpr const char16_t *sampleTypes[] = {
    BuiltInEntityType::Person, BuiltInEntityType::Organisation, BuiltInEntityType::Place,
    BuiltInEntityType::Title,  BuiltInEntityType::Other,
};

} // namespace

SettingsDialog::SettingsDialog(ColorThemes *themes, QWidget *parent)
    : QDialog(parent)
    , m_themes(themes)
    , m_themeBox(new QComboBox(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    const SyntaxHighlighting &highlighting = m_themes->highlighting();
    if (highlighting.isAvailable()) {
        m_themeBox->addItem(tr("Automatic (follows the desktop's light or dark palette)"), QString());
        const QStringList names = highlighting.themeNames();
        for (const QString &name : names)
            m_themeBox->addItem(highlighting.displayName(name), name);
        m_themeBox->setCurrentIndex(std::max(0, m_themeBox->findData(m_themes->choice())));
    } else {
        m_themeBox->addItem(tr("Built-in (follows the desktop's light or dark palette)"), QString());
        m_themeBox->setEnabled(false);
    }
    m_themeBox->setMaxVisibleItems(16);
    connect(m_themeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_themes->setChoice(m_themeBox->currentData().toString());
        showPreview();
    });

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setText(highlighting.isAvailable()
                      ? tr("Colours of the reader's page, text and entity types, and of highlighted original "
                           "files; themes from %1.")
                            .arg(highlighting.libraryName())
                      : tr("More colour themes and highlighted original files come with KDE Syntax-Highlighting, "
                           "which this build of Annalist does not have."));

    m_preview->setObjectName(QStringLiteral("themePreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setAutoFillBackground(true);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setForegroundRole(QPalette::Text);
    m_preview->setMargin(10);
    m_preview->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Colour &theme:"), m_themeBox);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    showPreview();
    resize(560, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPreview()
{
    const ReaderTheme &theme = m_themes->current();
    m_preview->setPalette(theme.palette());
    QStringList types;
    for (const char16_t *name : sampleTypes) {
        EntityType type;
        type.name = QString::fromUtf16(name);
        const QColor color = theme.typeColor(type);
        types << (color.isValid() ? QStringLiteral("<span style='color:%1'>■</span> %2").arg(color.name(), type.name)
                                  : type.name);
    }
    m_preview->setText(tr("The reader's page and text in this theme.") + QStringLiteral("<br>")
                       + types.join(QStringLiteral("&nbsp;&nbsp; ")));
}

} // namespace annalist
