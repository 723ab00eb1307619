#include "filterbar.h"
#include "filtereditor.h"
#include "savedviews.h"
#include "schema.h"
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace {

constexpr int searchDelayMs = 300;  // type a word, not a query per keystroke

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_chips(new QHBoxLayout)
    , m_add(new QToolButton(this))
    , m_views(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search text columns (Ctrl+F)"));
    m_search->setMaximumWidth(320);
    m_add->setObjectName(QStringLiteral("addFilter"));
    m_add->setText(tr("+ &Filter"));
    m_add->setToolTip(tr("Add a filter on a column (Ctrl+Shift+F)"));
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setText(tr("&Views"));
    m_views->setPopupMode(QToolButton::InstantPopup);
    m_views->setMenu(new QMenu(m_views));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_add);
    layout->addLayout(m_chips);
    layout->addStretch();
    layout->addWidget(m_views);

    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    const auto searchNow = [this] {
        m_debounce->stop();
        if (m_filters.quickSearch == m_search->text())
            return;
        m_filters.quickSearch = m_search->text();
        emit filtersChanged(m_filters);
    };
    connect(m_search, &QLineEdit::returnPressed, this, searchNow);  // Enter skips the wait
    connect(m_debounce, &QTimer::timeout, this, searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_filters.quickSearch.isEmpty()) {  // the clear button
            m_filters.quickSearch.clear();
            emit filtersChanged(m_filters);
        }
    });
    connect(m_add, &QToolButton::clicked, this, [this] { editFilter(-1); });
    connect(m_views->menu(), &QMenu::aboutToShow, this, &FilterBar::showViewsMenu);
}

void FilterBar::setTable(const TableSpec &table, const QStringList &columns, const FilterSet &filters)
{
    m_table = &table;
    m_columns = columns;
    m_filters = filters;
    m_search->setText(filters.quickSearch);
    rebuildChips();
}

void FilterBar::setFilters(const FilterSet &filters)
{
    m_filters = filters;
    m_search->setText(filters.quickSearch);
    rebuildChips();
    emit filtersChanged(m_filters);
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void FilterBar::addFilter(const ColumnFilter &filter)
{
    m_filters.filters.append(filter);
    rebuildChips();
    emit filtersChanged(m_filters);
}

void FilterBar::removeFilter(int index)
{
    if (index < 0 || index >= m_filters.filters.size())
        return;
    m_filters.filters.removeAt(index);
    rebuildChips();
    emit filtersChanged(m_filters);
}

void FilterBar::editFilter(int index)
{
    if (!m_table)
        return;
    FilterEditor editor(*m_table, m_columns, this);
    if (index >= 0)
        editor.setFilter(m_filters.filters.at(index));
    if (editor.exec() != QDialog::Accepted)
        return;
    if (index >= 0)
        m_filters.filters[index] = editor.filter();
    else
        m_filters.filters.append(editor.filter());
    rebuildChips();
    emit filtersChanged(m_filters);
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_filters.filters.size(); ++i) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setText(tr("%1  \u2715").arg(m_filters.filters.at(i).describe(m_table)));
        chip->setToolTip(tr("Click to remove; right-click to edit"));
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #9ec5fe; border-radius: 9px; "
                                           "background: #e7f1ff; padding: 1px 8px; }"));
        chip->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chip, &QToolButton::clicked, this, [this, i] { removeFilter(i); });
        connect(chip, &QToolButton::customContextMenuRequested, this, [this, i] { editFilter(i); });
        m_chips->addWidget(chip);
    }
}

void FilterBar::showViewsMenu()
{
    QMenu *menu = m_views->menu();
    menu->clear();
    if (!m_table)
        return;
    QSettings settings;
    SavedViews views(&settings);
    const QStringList names = views.names(m_table->name);
    for (const QString &name : names) {
        menu->addAction(name, this, [this, name] {
            QSettings store;
            if (const auto view = SavedViews(&store).load(m_table->name, name))
                setFilters(view->filters);
        });
    }
    if (names.isEmpty())
        menu->addAction(tr("No saved views"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Save Current View\u2026"), this, &FilterBar::saveView);
    QMenu *remove = menu->addMenu(tr("&Delete View"));
    remove->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        remove->addAction(name, this, [this, name] {
            QSettings store;
            SavedViews(&store).remove(m_table->name, name);
        });
    }
}

void FilterBar::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of this view of %1:").arg(m_table->displayLabel()),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QSettings settings;
    SavedView view;
    view.filters = m_filters;
    view.filters.tenantId.clear();  // the lens belongs to the session, not to the view
    SavedViews(&settings).save(m_table->name, name, view);
}
