#pragma once
#include "backend.h"
#include <QStringList>

struct TableSpec;
struct ColumnSpec;

// The SQL a windowed view of one table needs, built from the schema description only: column
// and table names never come from user text. Each foreign-key column also selects the
// referenced row's display value (tenant -> name) through a LEFT JOIN on its primary key.
class TableQuery
{
public:
    struct ForeignDisplay
    {
        int columnIndex;     // index into columns()
        QString alias;       // r0, r1... the joined table
        QString table;
        QString displayColumn;
    };

    // columns: the table's columns that exist in the connected database (a drifted database
    // may lack some); tablesPresent: tables that exist, so joins never name a missing one.
    TableQuery(const TableSpec &table, Backend backend, const QStringList &columns,
               const QStringList &tablesPresent);

    const TableSpec &table() const { return *m_table; }
    const QStringList &columns() const { return m_columns; }
    const QList<ForeignDisplay> &foreignDisplays() const { return m_foreign; }
    int sortColumnIndex() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setSort(int columnIndex, Qt::SortOrder order);

    // SELECT ... ORDER BY sort column, primary key LIMIT ? OFFSET ?  (two bound values)
    QString pageSql() const;
    static QString exactCountSql(const TableSpec &table);
    // PostgreSQL only: the planner's estimate, one bound value (the table name).
    static QString estimatedCountSql();

private:
    QString qualified(const QString &column) const;

    const TableSpec *m_table;
    Backend m_backend;
    QStringList m_columns;
    QList<ForeignDisplay> m_foreign;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
