#include "exportreadback.h"
#include "schema.h"
#include "testsql.h"
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace {

using Json = nlohmann::ordered_json;

const char *readerScript = R"(
import csv, json, sys
path, fmt = sys.argv[1], sys.argv[2]
if fmt == 'csv':
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f, strict=True))
elif fmt == 'json':
    with open(path, encoding='utf-8') as f:
        rows = json.load(f)
else:
    with open(path, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f]
json.dump(rows, sys.stdout)
)";

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// Naive UTC text as the app exports it: the app keeps milliseconds (QDateTime) and writes
// six fraction digits, as SQLAlchemy does.
QString exportedDateTime(const QString &stored, bool iso)
{
    QString fraction = stored.mid(20).leftJustified(6, QLatin1Char('0')).left(3);
    QString text = stored.left(19) + QLatin1Char('.') + fraction + QStringLiteral("000");
    if (iso) {
        text[10] = QLatin1Char('T');
        text += QLatin1Char('Z');
    }
    return text;
}

QString describe(const Json &value)
{
    return QString::fromStdString(value.dump()).left(200);
}

// One cell: what the file holds against what the test's SQL read.
QString compareCell(const ColumnSpec &column, const QVariant &expected, const Json &actual, bool csv)
{
    const bool null = expected.isNull();
    if (csv) {
        if (!actual.is_string())
            return QStringLiteral("not a string");
        const QString text = QString::fromStdString(actual.get<std::string>());
        QString want;
        if (null)
            want = QString();
        else if (column.type == LogicalType::Boolean)
            want = expected.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (column.type == LogicalType::Integer)
            want = QString::number(expected.toLongLong());
        else if (column.type == LogicalType::Float)
            return text.toDouble() == expected.toDouble() ? QString() : QStringLiteral("%1 != %2").arg(text).arg(expected.toDouble());
        else if (column.type == LogicalType::DateTime)
            want = exportedDateTime(expected.toString(), false);
        else
            want = expected.toString();
        return text == want ? QString() : QStringLiteral("\"%1\" != \"%2\"").arg(text.left(200), want.left(200));
    }
    Json want;
    if (null)
        want = nullptr;
    else if (column.type == LogicalType::Boolean)
        want = expected.toBool();
    else if (column.type == LogicalType::Integer)
        want = expected.toLongLong();
    else if (column.type == LogicalType::Float)
        return actual.is_number() && actual.get<double>() == expected.toDouble() ? QString()
                                                                                : QStringLiteral("%1 != %2").arg(describe(actual)).arg(expected.toDouble());
    else if (column.type == LogicalType::DateTime)
        want = exportedDateTime(expected.toString(), true).toStdString();
    else if (column.type == LogicalType::Json) {
        want = Json::parse(expected.toString().toStdString(), nullptr, false);
        if (want.is_discarded())
            want = expected.toString().toStdString();
    } else
        want = expected.toString().toStdString();
    return actual == want ? QString() : QStringLiteral("%1 != %2").arg(describe(actual), describe(want));
}

} // namespace

QStringList ExportReadBack::exportedNames(const TableSpec &table)
{
    QStringList names;
    for (const ColumnSpec &column : table.columns) {
        if (!column.isSecret())
            names.append(column.name);
    }
    return names;
}

Json ExportReadBack::parse(const QString &path, ExportWriter::Format format)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(readerScript), path, ExportWriter::extension(format)});
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning("python could not read %s: %s", qPrintable(path), python.readAllStandardError().constData());
        return nullptr;
    }
    return Json::parse(python.readAllStandardOutput().toStdString(), nullptr, false);
}

QString ExportReadBack::compare(const QSqlDatabase &db, const TableSpec &table, const QString &path,
                                ExportWriter::Format format, const QString &whereSql, const QVariantList &values)
{
    const Json parsed = parse(path, format);
    if (!parsed.is_array())
        return QStringLiteral("Python could not read the file");
    const QStringList names = exportedNames(table);
    QStringList select;
    for (const QString &name : names) {
        const ColumnSpec &column = *table.column(name);
        const QString quoted = TestSql::quoted(name, db);
        if (isPostgres(db) && column.type == LogicalType::DateTime)
            select.append(QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')").arg(quoted));
        else if (isPostgres(db) && column.type == LogicalType::Json)
            select.append(QStringLiteral("CAST(%1 AS TEXT)").arg(quoted));
        else
            select.append(quoted);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 t %3 ORDER BY t.%4")
                  .arg(select.join(QStringLiteral(", ")), table.name, whereSql, table.primaryKey().name));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return QStringLiteral("the test's SQL failed: ") + q.lastError().text();

    const bool csv = format == ExportWriter::Format::Csv;
    size_t index = 0;
    if (csv) {
        if (parsed.empty())
            return QStringLiteral("no header row");
        QStringList header;
        for (const Json &cell : parsed.at(0))
            header.append(QString::fromStdString(cell.get<std::string>()));
        if (header != names)
            return QStringLiteral("header %1").arg(header.join(QLatin1Char(',')));
        index = 1;
    }
    for (; q.next(); ++index) {
        if (index >= parsed.size())
            return QStringLiteral("the file ends after %1 rows").arg(index);
        const Json &row = parsed.at(index);
        if (row.size() != size_t(names.size()))
            return QStringLiteral("row %1 has %2 cells").arg(index).arg(row.size());
        for (int c = 0; c < names.size(); ++c) {
            Json cell;
            if (csv) {
                cell = row.at(size_t(c));
            } else {
                auto it = row.begin();
                std::advance(it, c);
                if (it.key() != names.at(c).toStdString())
                    return QStringLiteral("row %1: key %2 where %3 belongs").arg(index).arg(QString::fromStdString(it.key()), names.at(c));
                cell = it.value();
            }
            const QString problem = compareCell(*table.column(names.at(c)), q.value(c), cell, csv);
            if (!problem.isEmpty())
                return QStringLiteral("%1 row %2 column %3: %4").arg(table.name).arg(index).arg(names.at(c), problem);
        }
    }
    if (index != parsed.size())
        return QStringLiteral("the file has %1 rows, the table %2").arg(parsed.size()).arg(index);
    return {};
}
