#include "tablesidebar.h"
#include "driftreport.h"
#include "schema.h"
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int TableNameRole = Qt::UserRole + 1;

} // namespace

TableSidebar::TableSidebar(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(0, 2, this))
{
    m_model->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    for (TableGroup group : Schema::groups()) {
        auto *groupItem = new QStandardItem(Schema::groupLabel(group));
        QFont bold = groupItem->font();
        bold.setBold(true);
        groupItem->setFont(bold);
        groupItem->setFlags(Qt::ItemIsEnabled);
        auto *groupCount = new QStandardItem;
        groupCount->setFlags(Qt::ItemIsEnabled);
        for (const TableSpec &table : Schema::tables()) {
            if (table.group != group)
                continue;
            auto *name = new QStandardItem(table.displayLabel());
            name->setData(table.name, TableNameRole);
            name->setToolTip(table.name);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *count = new QStandardItem(QStringLiteral("\u2026"));
            count->setData(table.name, TableNameRole);
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            groupItem->appendRow({name, count});
        }
        m_model->appendRow({groupItem, groupCount});
    }
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("tableSidebar"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString table = current.siblingAtColumn(0).data(TableNameRole).toString();
                if (!table.isEmpty())
                    emit tableSelected(table);
            });
}

QStandardItem *TableSidebar::itemFor(const QString &table) const
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(TableNameRole).toString() == table)
                return group->child(r);
        }
    }
    return nullptr;
}

void TableSidebar::setDrift(const DriftReport &report)
{
    for (const TableSpec &table : Schema::tables()) {
        QStandardItem *name = itemFor(table.name);
        QStandardItem *count = name->parent()->child(name->row(), 1);
        const bool missing = report.isTableMissing(table.name);
        const QString reason = report.reasonFor(table.name);
        name->setEnabled(!missing);
        count->setEnabled(!missing);
        if (missing)
            count->setText(QString());
        name->setToolTip(reason.isEmpty() ? table.name : tr("%1\n%2").arg(table.name, reason));
        name->setText(report.hasDrift(table.name) && !missing ? tr("%1 \u26A0").arg(table.displayLabel())
                                                             : table.displayLabel());
    }
}

QString TableSidebar::formatCount(qint64 rows, bool estimated)
{
    if (rows < 0)
        return QStringLiteral("?");
    QString text;
    if (rows >= 10000000)
        text = tr("%1 M").arg(QLocale().toString(rows / 1e6, 'f', 1));
    else
        text = QLocale().toString(rows);
    return estimated ? tr("\u2248 %1").arg(text) : text;
}

void TableSidebar::setCounts(const TableCounts &counts)
{
    for (const TableCount &count : counts) {
        QStandardItem *name = itemFor(count.table);
        if (!name || !name->isEnabled())
            continue;
        QStandardItem *cell = name->parent()->child(name->row(), 1);
        cell->setText(formatCount(count.rows, count.estimated));
        cell->setToolTip(count.estimated ? tr("Estimated by PostgreSQL's planner (pg_class.reltuples)")
                                         : tr("Exact count"));
    }
}

void TableSidebar::selectTable(const QString &table)
{
    if (QStandardItem *item = itemFor(table))
        m_view->setCurrentIndex(item->index());
}

QString TableSidebar::currentTable() const
{
    return m_view->currentIndex().siblingAtColumn(0).data(TableNameRole).toString();
}
