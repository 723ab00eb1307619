#include "contentchecksum.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "schema.h"
#include "valuecodec.h"
#include <QCryptographicHash>
#include <QSqlQuery>

QByteArray ContentChecksum::of(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableSpec &table : Schema::tables()) {
        QStringList names;
        for (const ColumnSpec &c : table.columns)
            names.append(Ddl::quoteIdentifier(c.name, DatabaseConnection::backendOf(db)));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table.name)))
            return {};
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < table.columns.size(); ++i) {
                const ColumnSpec &c = table.columns.at(i);
                const QVariant v = ValueCodec::fromStorage(c, query.value(i));
                if (v.isNull())
                    cells.append(QStringLiteral("\\N"));
                else if (c.type == LogicalType::DateTime)
                    cells.append(ValueCodec::encodeDateTime(v.toDateTime()));
                else if (c.type == LogicalType::Float)
                    cells.append(QString::number(v.toDouble(), 'g', 17));
                else if (c.type == LogicalType::Boolean)
                    cells.append(v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
                else
                    cells.append(v.toString());
            }
            rows.append(cells.join(QChar(0x1f)));
        }
        rows.sort();
        hash.addData(table.name.toUtf8());
        hash.addData(QByteArray::number(rows.size()));
        for (const QString &row : rows)
            hash.addData(row.toUtf8() + '\n');
    }
    return hash.result().toHex();
}
