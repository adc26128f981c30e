// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A team project's password goes to the desktop keyring or nowhere: where the keyring
// keeps it, it comes back; where there is none (a build without QtKeychain, or no
// keyring service running, as on a CI machine), the caller is told why, and no copy
// lands in the settings.

#include "ui/settings/PasswordKeyring.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace annalist;

class TestPasswordKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accountNamesUserServerAndDatabase();
    void keptOrToldWhyNot();
};

void TestPasswordKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPasswordKeyring::accountNamesUserServerAndDatabase()
{
    QCOMPARE(PasswordKeyring::account(QStringLiteral("ada"), QStringLiteral("db.desk.example:5432"),
                                      QStringLiteral("harbour_case")),
             QStringLiteral("ada@db.desk.example:5432/harbour_case"));
    QVERIFY(PasswordKeyring::account(QStringLiteral("ada"), QStringLiteral("db:5432"), QStringLiteral("a"))
            != PasswordKeyring::account(QStringLiteral("ada"), QStringLiteral("db:5432"), QStringLiteral("b")));
}

void TestPasswordKeyring::keptOrToldWhyNot()
{
    const QString account
        = QStringLiteral("annalist-test-%1@localhost:5432/case").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("pw-%1-only-in-the-keyring").arg(QCoreApplication::applicationPid());
    const PasswordKeyring::Outcome written = PasswordKeyring::write(account, password);
    QString error;
    const std::optional<QString> read = PasswordKeyring::read(account, &error);
    if (written.done) {
        QVERIFY(PasswordKeyring::isAvailable());
        QCOMPARE(read.value_or(QString()), password);
        QVERIFY(PasswordKeyring::forget(account).done);
        QVERIFY(!PasswordKeyring::read(account));
    } else {
        qInfo("no keyring here: %s", qPrintable(written.error));
        QVERIFY(!written.error.isEmpty());
        QVERIFY(!read.has_value());
        QVERIFY(written.error.contains(PasswordKeyring::isAvailable()
                                           ? QStringLiteral("keyring refused")
                                           : QStringLiteral("cannot use the desktop keyring")));
    }
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestPasswordKeyring)
#include "tst_passwordkeyring.moc"
