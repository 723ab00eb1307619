#pragma once
#include "tablepage.h"
#include <QWidget>

class DriftReport;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

// The 12 tables grouped as the data model groups them, each with its row count (≈ when it is
// the planner's estimate). Tables the database lacks are greyed out, with the reason.
class TableSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit TableSidebar(QWidget *parent = nullptr);

    void setDrift(const DriftReport &report);
    void setCounts(const TableCounts &counts);
    void selectTable(const QString &table);
    QString currentTable() const;
    QTreeView *view() const { return m_view; }
    static QString formatCount(qint64 rows, bool estimated);

signals:
    void tableSelected(const QString &table);

private:
    QStandardItem *itemFor(const QString &table) const;

    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};
