// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Saves screenshots of the link chart for docs/: network_screenshot OUTPUT_DIR [SEEDS_DIR].
// network-sample.png: the sample project's chart in the window's Link Chart dock.
// network-seeds.png: the chart of the seed articles after automatic analysis, with the
// proposals of people, organisations and places accepted and an event made of every
// sentence that names two of them (as Ctrl+E makes one).
// network-report.pdf: the sample project's report with the link chart section.

#include "analysis/ProjectAnalyzer.h"
#include "chronology/EventDraftBuilder.h"
#include "export/ChronologyExporter.h"
#include "ingest/SourceImporter.h"
#include "model/Mention.h"
#include "sample/SampleProject.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/network/NetworkPanel.h"
#include "ui/network/NetworkView.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextBoundaryFinder>
#include <QTimer>

#include <cstdio>

using namespace annalist;

namespace {

void waitForPaint(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// Accepts the proposed people, organisations and places and makes an event of each
// sentence naming two or more of them; returns the number of events.
int makeEvents(Project &project)
{
    const auto types = project.entities().types();
    QSet<qint64> wanted;
    for (const EntityType &type : *types) {
        if (type.name == u"Person" || type.name == u"Organisation" || type.name == u"Place")
            wanted.insert(type.id);
    }
    QHash<qint64, qint64> typeOf;
    for (const Entity &entity : *project.entities().list())
        typeOf.insert(entity.id, entity.typeId);
    int events = 0;
    EventDraftBuilder builder(project);
    for (const SourceSummary &summary : *project.sources().list()) {
        const QString body = *project.sources().body(summary.id);
        QList<Mention> mentions = *project.mentions().listForSource(summary.id);
        QList<Mention> named;
        for (Mention &mention : mentions) {
            if (!wanted.contains(typeOf.value(mention.entityId)) || mention.status == Mention::Status::Rejected)
                continue;
            if (mention.status == Mention::Status::Candidate
                && !project.mentions().setStatus(mention.id, Mention::Status::Confirmed))
                continue;
            named << mention;
        }
        QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, body);
        qsizetype start = 0;
        for (qsizetype end = sentences.toNextBoundary(); end > 0; end = sentences.toNextBoundary()) {
            QSet<qint64> entities;
            for (const Mention &mention : std::as_const(named)) {
                if (mention.start >= start && mention.end <= end && typeOf.value(mention.entityId) != 0)
                    entities.insert(mention.entityId);
            }
            if (entities.size() >= 2) {
                const auto draft = builder.propose(summary.id, int(start), int(end));
                if (draft && draft->event.participants.size() + (draft->event.placeEntityId ? 1 : 0) >= 2) {
                    const auto id = project.events().add(draft->event);
                    if (id) {
                        Evidence evidence = draft->evidence;
                        evidence.eventId = *id;
                        if (project.evidence().add(evidence))
                            ++events;
                    }
                }
            }
            start = end;
        }
    }
    return events;
}

bool grabChart(MainWindow &window, const QString &file)
{
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("networkDock"));
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    dock->setFloating(true);
    dock->resize(1500, 950);
    waitForPaint(300);
    NetworkPanel *panel = window.networkPanel();
    panel->waitForLayout();
    panel->view()->fitAll();
    waitForPaint(600);
    const bool saved = dock->grab().save(file);
    dock->setFloating(false);
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    InterfaceTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("ANNALIST_NO_DIALOGS", "1");
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: network_screenshot OUTPUT_DIR [SEEDS_DIR]\n");
        return 1;
    }
    const QDir output(arguments.at(1));
    const QString seeds = arguments.value(2, QStringLiteral(ANNALIST_SEEDS_DIR));
    QTemporaryDir workspace;
    QSettings().clear();

    const QString samplePath = workspace.filePath(QStringLiteral("Sample - Port of Sorrel.annalist"));
    if (const Status made = SampleProject::ensureExists(samplePath); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 2;
    }
    {
        MainWindow window;
        window.resize(1680, 1020);
        window.show();
        if (!window.openProject(samplePath))
            return 2;
        if (!grabChart(window, output.filePath(QStringLiteral("network-sample.png"))))
            return 3;
        window.close();
    }
    {
        // The report with the chart, where the window left the nodes.
        auto project = Project::open(samplePath);
        if (!project)
            return 2;
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.title = QStringLiteral("The Port of Sorrel concession");
        options.sections.linkChart = true;
        const auto exported
            = ChronologyExporter(**project).exportTo(output.filePath(QStringLiteral("network-report.pdf")), options);
        if (!exported) {
            std::fprintf(stderr, "%s\n", qPrintable(exported.error().message));
            return 2;
        }
    }

    const QString seedPath = workspace.filePath(QStringLiteral("Seed articles.annalist"));
    {
        auto project = Project::create(seedPath);
        if (!project)
            return 2;
        SourceImporter importer(**project);
        importer.importPaths({ seeds });
        ProjectAnalyzer analyzer(**project);
        if (const auto analysed = analyzer.analyze(); !analysed) {
            std::fprintf(stderr, "%s\n", qPrintable(analysed.error().message));
            return 2;
        }
        std::printf("seed articles: %d events made\n", makeEvents(**project));
    }
    {
        MainWindow window;
        window.resize(1680, 1020);
        window.show();
        if (!window.openProject(seedPath))
            return 2;
        if (!grabChart(window, output.filePath(QStringLiteral("network-seeds.png"))))
            return 3;
        window.close();
    }
    return 0;
}
