// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Converts the place lists of two Debian packages into the compact tables the
// gazetteer compiles in (see core/CMakeLists.txt):
//   iso-codes            /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json
//   libtimezonemap-data  cities15000.txt from GeoNames (CC BY 4.0, www.geonames.org)
// Usage: annalist-gazetteer-data ISO_3166_1 ISO_3166_2 CITIES OUTPUT_DIRECTORY
// Writes countries.tsv (code, name, common name, official name), subdivisions.tsv
// (code, name, type) and cities.tsv (name, ASCII name, country code, population).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

bool fail(const QString &message)
{
    std::fprintf(stderr, "annalist-gazetteer-data: %s\n", qPrintable(message));
    return false;
}

QJsonArray readIsoArray(const QString &path, const QString &key, bool *ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.object().value(key).isArray()) {
        *ok = fail(QStringLiteral("%1: not an ISO %2 list").arg(path, key));
        return {};
    }
    *ok = true;
    return document.object().value(key).toArray();
}

QString clean(QString field)
{
    field.replace(u'\t', u' ');
    field.replace(u'\n', u' ');
    return field.trimmed();
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    file.write(lines.join(u'\n').toUtf8());
    file.write("\n");
    if (!file.commit())
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 5) {
        fail(QStringLiteral("usage: annalist-gazetteer-data ISO_3166_1 ISO_3166_2 CITIES OUTPUT_DIRECTORY"));
        return 1;
    }
    const QDir output(arguments.at(4));
    if (!QDir().mkpath(output.path())) {
        fail(QStringLiteral("%1: cannot create").arg(output.path()));
        return 1;
    }

    bool ok = false;
    QStringList countries;
    for (const QJsonValue &value : readIsoArray(arguments.at(1), QStringLiteral("3166-1"), &ok)) {
        const QJsonObject country = value.toObject();
        countries << QStringList { clean(country.value(QStringLiteral("alpha_2")).toString()),
                                   clean(country.value(QStringLiteral("name")).toString()),
                                   clean(country.value(QStringLiteral("common_name")).toString()),
                                   clean(country.value(QStringLiteral("official_name")).toString()) }
                         .join(u'\t');
    }
    if (!ok || countries.isEmpty())
        return 1;

    QStringList subdivisions;
    for (const QJsonValue &value : readIsoArray(arguments.at(2), QStringLiteral("3166-2"), &ok)) {
        const QJsonObject subdivision = value.toObject();
        subdivisions << QStringList { clean(subdivision.value(QStringLiteral("code")).toString()),
                                      clean(subdivision.value(QStringLiteral("name")).toString()),
                                      clean(subdivision.value(QStringLiteral("type")).toString()) }
                            .join(u'\t');
    }
    if (!ok || subdivisions.isEmpty())
        return 1;

    // GeoNames columns: 1 name, 2 ASCII name, 8 country code, 14 population.
    QFile citiesFile(arguments.at(3));
    if (!citiesFile.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("%1: %2").arg(arguments.at(3), citiesFile.errorString()));
        return 1;
    }
    QStringList cities;
    while (!citiesFile.atEnd()) {
        const QList<QByteArray> fields = citiesFile.readLine().split('\t');
        if (fields.size() < 15)
            continue;
        const QString name = clean(QString::fromUtf8(fields.at(1)));
        QString ascii = clean(QString::fromUtf8(fields.at(2)));
        if (ascii == name)
            ascii.clear();
        if (name.isEmpty())
            continue;
        cities << QStringList { name, ascii, clean(QString::fromUtf8(fields.at(8))),
                                QString::fromLatin1(fields.at(14).trimmed()) }
                      .join(u'\t');
    }
    if (cities.isEmpty()) {
        fail(QStringLiteral("%1: no cities").arg(arguments.at(3)));
        return 1;
    }

    const bool written = writeLines(output.filePath(QStringLiteral("countries.tsv")), countries)
        && writeLines(output.filePath(QStringLiteral("subdivisions.tsv")), subdivisions)
        && writeLines(output.filePath(QStringLiteral("cities.tsv")), cities);
    return written ? 0 : 1;
}
