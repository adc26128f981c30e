// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Open Team Project: the form gives the location it shows, remembers all of it
// but the password, and opens nothing without a server, database and user.

#include "storage/ProjectLocation.h"
#include "ui/shell/TeamProjectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace annalist;

class TestTeamProjectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formGivesTheLocation_data();
    void formGivesTheLocation();
    void openNeedsServerDatabaseAndUser();
    void remembersAllButThePassword();

private:
    static void fill(TeamProjectDialog &dialog, const QString &host, int port, const QString &database,
                     const QString &user, const QString &sslMode, const QString &password);
};

void TestTeamProjectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTeamProjectDialog::init()
{
    QSettings().clear();
}

void TestTeamProjectDialog::fill(TeamProjectDialog &dialog, const QString &host, int port, const QString &database,
                                 const QString &user, const QString &sslMode, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(database);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
    auto *modes = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    modes->setCurrentIndex(modes->findData(sslMode));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
}

void TestTeamProjectDialog::formGivesTheLocation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("host name, verified") << QStringLiteral("db.desk.example") << 5433 << QStringLiteral("harbour_case")
                                         << QStringLiteral("ada") << QStringLiteral("verify-full");
    QTest::newRow("address") << QStringLiteral("10.0.0.7") << 5432 << QStringLiteral("case") << QStringLiteral("rex")
                             << QStringLiteral("require");
    QTest::newRow("socket folder") << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("case")
                                   << QStringLiteral("analyst") << QStringLiteral("disable");
    QTest::newRow("spaces around") << QStringLiteral(" db.desk.example ") << 5432 << QStringLiteral(" case ")
                                   << QStringLiteral(" ada ") << QStringLiteral("prefer");
}

void TestTeamProjectDialog::formGivesTheLocation()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    TeamProjectDialog dialog;
    fill(dialog, host, port, database, user, sslMode, QStringLiteral("s3cret"));
    const ProjectLocation location = dialog.location();
    QVERIFY(location.isServer());
    QCOMPARE(location.password(), QString());
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    // What the window opens and remembers is the URI; read back, it is the same place.
    const QString uri = location.displayName();
    QVERIFY2(!uri.contains(QStringLiteral("s3cret")), qPrintable(uri));
    const auto parsed = ProjectLocation::parse(uri);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->host(), host.trimmed());
    QCOMPARE(parsed->port(), port);
    QCOMPARE(parsed->database(), database.trimmed());
    QCOMPARE(parsed->user(), user.trimmed());
    QCOMPARE(parsed->options(), (QList<QPair<QString, QString>> { { QStringLiteral("sslmode"), sslMode } }));
}

void TestTeamProjectDialog::openNeedsServerDatabaseAndUser()
{
    TeamProjectDialog dialog;
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    fill(dialog, QStringLiteral("db"), 5432, QStringLiteral("case"), QStringLiteral("ada"), QStringLiteral("prefer"),
         {});
    QVERIFY(open->isEnabled());
    for (const char *field : { "host", "database", "user" }) {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
        const QString kept = edit->text();
        edit->setText(QStringLiteral("  "));
        QVERIFY2(!open->isEnabled(), field);
        edit->setText(kept);
        QVERIFY(open->isEnabled());
    }
}

void TestTeamProjectDialog::remembersAllButThePassword()
{
    {
        TeamProjectDialog dialog;
        fill(dialog, QStringLiteral("db.desk.example"), 6543, QStringLiteral("harbour_case"), QStringLiteral("ada"),
             QStringLiteral("require"), QStringLiteral("pw-never-kept"));
        dialog.accept();
    }
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("pw-never-kept")), qPrintable(key));
    TeamProjectDialog again;
    const ProjectLocation location = again.location();
    QCOMPARE(location.host(), QStringLiteral("db.desk.example"));
    QCOMPARE(location.port(), 6543);
    QCOMPARE(location.database(), QStringLiteral("harbour_case"));
    QCOMPARE(location.user(), QStringLiteral("ada"));
    QCOMPARE(location.options().value(0).second, QStringLiteral("require"));
    QCOMPARE(again.password(), QString());
}

QTEST_MAIN(TestTeamProjectDialog)
#include "tst_teamprojectdialog.moc"
