#pragma once
#include "exportwriter.h"
#include <QSqlDatabase>
#include <QString>
#include <nlohmann/json.hpp>

struct TableSpec;
struct ColumnSpec;

// Reads an exported file back with Debian's Python (csv and json modules, strict), and
// compares it row for row with the table as the test's own SQL reads it (not the app's
// value code). Each check answers an empty string when it holds, else what differs.
namespace ExportReadBack {

// The file as Python parsed it: CSV as an array of arrays of strings (header first), JSON
// as the array, JSON Lines as an array of the lines' values. Null when Python refused it.
nlohmann::ordered_json parse(const QString &path, ExportWriter::Format format);

// The table's rows, in primary-key order, narrowed by whereSql (with its values) when given.
QString compare(const QSqlDatabase &db, const TableSpec &table, const QString &path, ExportWriter::Format format,
                const QString &whereSql = {}, const QVariantList &values = {});

// The exported column names: the schema's, secrets left out.
QStringList exportedNames(const TableSpec &table);

} // namespace ExportReadBack
