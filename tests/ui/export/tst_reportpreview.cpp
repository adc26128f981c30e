// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "export/ExportContentLoader.h"
#include "export/PdfReport.h"

#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>

using namespace annalist;

// The report painted where the export dialog will show it: into the QPrinter of a
// QPrintPreviewWidget, page for page as in the PDF.
class TestReportPreview : public QObject
{
    Q_OBJECT

private slots:
    void previewShowsEveryPage_data();
    void previewShowsEveryPage();
};

void TestReportPreview::previewShowsEveryPage_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("US Letter") << int(QPageSize::Letter);
}

void TestReportPreview::previewShowsEveryPage()
{
    QFETCH(int, pageSize);
    test::ProjectFixture fixture;
    QVERIFY(fixture.create());
    QVERIFY(test::ExportFixture::fill(fixture));
    const auto content = ExportContentLoader(fixture.project()).load({});
    QVERIFY(content);
    ExportOptions options;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    PdfReport report(*content, options);
    QVERIFY(report.layOut());
    QVERIFY(report.pageCount() > 4);

    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewWidget preview(&printer);
    int painted = 0;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *target) {
        target->setFullPage(true);
        QVERIFY(report.paint(*target));
        ++painted;
    });
    preview.resize(800, 1000);
    preview.show();
    preview.updatePreview();
    QVERIFY(painted >= 1);
    QCOMPARE(preview.pageCount(), report.pageCount());
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::PageSizeId(pageSize));
}

QTEST_MAIN(TestReportPreview)
#include "tst_reportpreview.moc"
