#include "commandpalette.h"
#include "recordservice.h"
#include "schema.h"
#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int typingPauseMs = 200;
constexpr int recordsPerTable = 5;

bool isSubsequence(const QString &typed, const QString &text)
{
    int at = 0;
    for (const QChar c : text) {
        if (at < typed.size() && c == typed.at(at))
            ++at;
    }
    return at == typed.size();
}

} // namespace

CommandPalette::CommandPalette(const QList<Place> &places, RecordService *records, const QStringList &recordTables,
                               const QString &tenantId, QWidget *parent)
    : QDialog(parent)
    , m_places(places)
    , m_service(records)
    , m_recordTables(recordTables)
    , m_tenantId(tenantId)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Go To"));
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(records ? tr("Table, saved view, command, or a record's name, email or id")
                                        : tr("Table, saved view or command"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setFocusPolicy(Qt::NoFocus);  // typing stays in the line; Up and Down move the list
    m_list->setUniformItemSizes(true);
    m_hint->setObjectName(QStringLiteral("paletteHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    resize(560, 420);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &CommandPalette::lookUpRecords);
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        m_records.clear();
        refilter();
        if (m_service)
            m_typing->start();
    });
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::choose);
    connect(m_list, &QListWidget::itemClicked, this, &CommandPalette::choose);
    if (m_service)
        connect(m_service, &RecordService::recordsFound, this, &CommandPalette::onRecordsFound);
    refilter();
}

int CommandPalette::score(const QString &typed, const Place &place)
{
    if (typed.isEmpty())
        return place.kind == Place::Kind::Record ? -1 : 1;
    const QString text = place.text.toCaseFolded();
    const int at = text.indexOf(typed);
    if (at == 0)
        return 100;
    if (at > 0)
        return text.at(at - 1).isLetterOrNumber() ? 60 : 80;  // a word's start ranks above its middle
    if (place.detail.toCaseFolded().contains(typed))
        return 40;
    if (place.kind == Place::Kind::Record)
        return 50;  // the database matched it (by id, or inside a value the list shortens)
    return isSubsequence(typed, text) ? 20 : -1;
}

void CommandPalette::refilter()
{
    const QString typed = m_input->text().trimmed().toCaseFolded();
    QList<QPair<int, Place>> ranked;
    for (const QList<Place> *source : {&m_places, &m_records}) {
        for (const Place &place : *source) {
            const int s = score(typed, place);
            if (s >= 0)
                ranked.append({s, place});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const QPair<int, Place> &a, const QPair<int, Place> &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return int(a.second.kind) < int(b.second.kind);
    });
    m_list->clear();
    m_shown.clear();
    for (const auto &entry : ranked)
        addPlace(entry.second);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_ticket != 0)
        m_hint->setText(tr("Looking up records\u2026"));
    else if (m_list->count() == 0)
        m_hint->setText(tr("Nothing matches \u201c%1\u201d.").arg(m_input->text().trimmed()));
    else
        m_hint->setText(tr("\u2191\u2193 choose \u2022 Enter go \u2022 Esc close"));
}

void CommandPalette::addPlace(const Place &place)
{
    QString kind;
    switch (place.kind) {
    case Place::Kind::Table:
        kind = tr("Table");
        break;
    case Place::Kind::SavedView:
        kind = tr("Saved view");
        break;
    case Place::Kind::Command:
        kind = tr("Command");
        break;
    case Place::Kind::Record:
        kind = Schema::table(place.table) ? Schema::table(place.table)->displayItemLabel() : place.table;
        break;
    }
    const QString detail = place.detail.isEmpty() ? kind : tr("%1 \u2022 %2").arg(kind, place.detail);
    auto *item = new QListWidgetItem(tr("%1    %2").arg(place.text, detail), m_list);
    item->setData(Qt::UserRole, int(m_shown.size()));
    item->setToolTip(place.kind == Place::Kind::Record ? place.key : place.detail);
    m_shown.append(place);
}

void CommandPalette::lookUpRecords()
{
    const QString typed = m_input->text().trimmed();
    if (!m_service || typed.size() < 2) {
        m_ticket = 0;
        refilter();
        return;
    }
    m_ticket = m_service->findRecords(m_recordTables, typed, m_tenantId, recordsPerTable);
    refilter();
}

void CommandPalette::onRecordsFound(quint64 ticket, const QStringList &tables, const QStringList &ids, const QStringList &labels)
{
    if (ticket != m_ticket)
        return;  // a lookup for text typed before
    m_ticket = 0;
    m_records.clear();
    for (int i = 0; i < ids.size(); ++i) {
        Place place;
        place.kind = Place::Kind::Record;
        place.table = tables.at(i);
        place.key = ids.at(i);
        place.text = labels.at(i);
        m_records.append(place);
    }
    refilter();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(qMin(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            m_list->setCurrentRow(qMin(row + 10, m_list->count() - 1));
            return true;
        case Qt::Key_PageUp:
            m_list->setCurrentRow(qMax(row - 10, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_list->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const Place place = m_shown.value(item->data(Qt::UserRole).toInt());
    accept();
    emit placeChosen(place);
}
