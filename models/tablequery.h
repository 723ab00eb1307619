#pragma once
#include "backend.h"
#include "pagerequest.h"
#include "tablefilter.h"
#include <QStringList>
#include <QVariantList>

struct TableSpec;
struct ColumnSpec;

// The SQL a windowed view of one table needs, built from the schema description only: column
// and table names never come from user text, values are always bound. Each foreign-key column
// also selects the referenced row's display value (tenant -> name) through a LEFT JOIN on its
// primary key. Pages are read by keyset on (sort column, primary key) so that reaching row
// 5,000,000 costs what reaching row 0 does.
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
    Backend backend() const { return m_backend; }
    const QStringList &columns() const { return m_columns; }
    const QList<ForeignDisplay> &foreignDisplays() const { return m_foreign; }
    int sortColumnIndex() const { return m_sortColumn; }
    int keyColumnIndex() const { return m_keyColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const ColumnSpec &sortColumn() const;
    void setSort(int columnIndex, Qt::SortOrder order);
    // A WHERE condition (without the keyword) over alias t, with its bound values.
    void setCondition(const SqlFragment &condition) { m_condition = condition; }
    const SqlFragment &condition() const { return m_condition; }

    SqlFragment page(const PageRequest &request) const;
    // Null sort values form their own run: the page after the last non-null row continues
    // here (and the other way round), so a page may need a second statement to fill up.
    SqlFragment continuation(const PageRequest &request, int rowsStillNeeded, int offset) const;
    bool continuationCrossesNulls(const PageRequest &request) const;
    SqlFragment count() const;
    // The first non-null sort value in traversal order (reversed: the last one).
    SqlFragment boundary(bool reversed) const;
    static SqlFragment countRowsOf(const SqlFragment &statement);
    // Where the sort value (column sortValueIndex()) and key (keyValueIndex()) sit in a page row.
    int sortValueIndex() const { return int(m_columns.size() + m_foreign.size()); }
    int keyValueIndex() const { return sortValueIndex() + 1; }
    // PostgreSQL only: the planner's estimate of the whole table, one bound value (its name).
    static QString estimatedCountSql();
    static QString exactCountSql(const TableSpec &table);
    // An integer key's span: an instant estimate of a SQLite table's size (exact when no row
    // was ever deleted), while the real count walks an index.
    static QString keySpanSql(const TableSpec &table);
    // Every tenant's id and name, for the tenant lens (tenants are few; bounded anyway).
    static QString tenantDirectorySql();
    static QString serialScanSql();  // PostgreSQL: this session's scans use no parallel workers

private:
    QString qualified(const QString &column) const;
    QString selectList() const;
    QString sortExpression() const;
    QString sortTerm() const;  // the sort column as ORDER BY and keyset comparisons use it
    QString joins() const;
    QString orderBy(bool reversed) const;
    bool nullsComeLast(bool reversed) const;

    const TableSpec *m_table;
    Backend m_backend;
    QStringList m_columns;
    QList<ForeignDisplay> m_foreign;
    int m_sortColumn = 0;
    int m_keyColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    SqlFragment m_condition;
};
