#include "qtreplay.h"
#include "schema.h"
#include "tablequery.h"
#include "valuecodec.h"
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

double QtReplay::time(const QSqlDatabase &db, const TableQuery &query, const SqlFragment &statement, int *rows, QString *error)
{
    QList<const ColumnSpec *> specs;
    for (const QString &name : query.columns())
        specs.append(query.table().column(name));
    const int visible = int(query.columns().size() + query.foreignDisplays().size());
    QElapsedTimer clock;
    clock.start();
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(statement.sql)) {
            *error = q.lastError().text();
            return -1;
        }
        for (const QVariant &value : statement.values)
            q.addBindValue(value);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
        *rows = 0;
        // As QueryWorker::readRows: every value read, the table's own columns decoded.
        while (q.next()) {
            QVector<QVariant> row(visible);
            for (int i = 0; i < specs.size(); ++i)
                row[i] = ValueCodec::fromStorage(*specs.at(i), q.value(i));
            for (int i = int(specs.size()); i < visible; ++i)
                row[i] = q.value(i);
            q.value(query.sortValueIndex());
            q.value(query.keyValueIndex());
            ++*rows;
        }
    }  // the query's destructor (QPSQL: DEALLOCATE) is part of what the worker pays
    return double(clock.nsecsElapsed()) / 1e6;
}
