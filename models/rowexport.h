#pragma once
#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <QVector>

struct ColumnSpec;

// Rows as text for the clipboard and for export: TSV that spreadsheets paste cell for cell,
// and JSON whose values keep their types (JSON columns embedded as JSON, not as strings).
// Values are the stored ones in full (UTC datetimes, ids), not the table's abbreviations;
// password and key hashes are left out.
class RowExport
{
    Q_DECLARE_TR_FUNCTIONS(RowExport)
public:
    static QString toTsv(const QList<const ColumnSpec *> &columns, const QList<QVector<QVariant>> &rows);
    static QString toJson(const QList<const ColumnSpec *> &columns, const QList<QVector<QVariant>> &rows);
    static QString plainText(const ColumnSpec &column, const QVariant &value);  // one cell, unquoted
    // One row as toJson() writes it, but compact UTF-8 on one line: a streamed export's row.
    static QByteArray jsonObject(const QList<const ColumnSpec *> &columns, const QVector<QVariant> &row);
};
