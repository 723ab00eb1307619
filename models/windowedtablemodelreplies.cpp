// WindowedTableModel's side of the worker's answers: pages (whole or their first rows), skips,
// counts and failures, each checked against the current generation before it changes anything.
#include "windowedtablemodel.h"
#include <QTimer>
#include <limits>

void WindowedTableModel::onPageLoaded(const TablePage &loaded)
{
    if (loaded.generation != m_tickets->generation.load())
        return;
    if (loaded.partial) {
        onFirstRowsLoaded(loaded);
        return;
    }
    const PageRequest &request = loaded.request;
    const int pageIndex = request.page;
    // Rows a partial page showed already are on screen as they are: repaint only the rest.
    const auto early = m_pages.constFind(pageIndex);
    const int shownEarly = early != m_pages.cend() && early->partial ? int(early->rows.size()) : 0;
    Page page;
    page.rows = loaded.rows;
    page.firstSort = loaded.firstSort;
    page.firstKey = loaded.firstKey;
    page.lastSort = loaded.lastSort;
    page.lastKey = loaded.lastKey;
    page.exact = m_pending.value(pageIndex, true);
    // Numbered from the end: exact once the count is (it may have become so in flight).
    if (request.mode == PageRequest::Mode::FromEnd)
        page.exact = !m_estimated && !m_counting;
    page.fromEnd = request.mode == PageRequest::Mode::FromEnd
                || (request.mode == PageRequest::Mode::Before && m_pages.value(pageIndex + 1).fromEnd);
    m_pending.remove(pageIndex);
    m_pages.insert(pageIndex, page);
    touch(pageIndex);
    while (m_recentPages.size() > m_maxPages)
        m_pages.remove(m_recentPages.takeFirst());

    const int first = pageIndex * m_pageSize;
    const int end = first + int(page.rows.size());
    const bool walkedFromStart = page.exact
        && (request.mode == PageRequest::Mode::FromStart || request.mode == PageRequest::Mode::After);
    if (walkedFromStart && page.rows.size() < request.rowCount && (!m_counting || end < m_rowCount)) {
        resizeTo(end);  // a short page read from the start is the true end, whatever an estimate said
    } else if (walkedFromStart && end > m_rowCount) {
        // Rows beyond an estimate (or before the count): grow, and one page more if this one was full.
        resizeTo(page.rows.size() == m_pageSize && (m_estimated || m_counting) ? end + m_pageSize : end);
    }
    const int last = qMin(first + m_pageSize, m_rowCount) - 1;
    if (last >= first + shownEarly)
        emit dataChanged(index(first + shownEarly, 0), index(last, columnCount() - 1));
    if (last >= first + shownEarly || shownEarly == 0)
        emit headerDataChanged(Qt::Vertical, first + shownEarly, qMax(first + shownEarly, last));
    emit pageArrived(first, int(page.rows.size()), loaded.elapsedMs, request);
    if (pageIndex == 0) {
        // After the paint these rows cause: on PostgreSQL the count runs in the server's
        // process, which no thread priority of ours keeps off the core the paint needs.
        const quint64 generation = loaded.generation;
        QTimer::singleShot(countDelayMs, this, [this, generation] {
            if (generation == m_tickets->generation.load())
                startCount();
        });
    }
    if (!isLoading())
        emit loadingChanged(false);
}

void WindowedTableModel::onFirstRowsLoaded(const TablePage &loaded)
{
    // Shown, but neither a keyset anchor nor a sign of the table's end: the page stays pending.
    const int pageIndex = loaded.request.page;
    Page page;
    page.rows = loaded.rows;
    page.partial = true;
    m_pages.insert(pageIndex, page);
    touch(pageIndex);
    const int first = pageIndex * m_pageSize;
    const int end = first + int(page.rows.size());
    if (first + m_pageSize > m_rowCount)
        resizeTo(first + 2 * m_pageSize);  // as a full page would: the page itself says how many
    emit dataChanged(index(first, 0), index(end - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, first, end - 1);
    emit pageArrived(first, int(page.rows.size()), 0, loaded.request);
}

void WindowedTableModel::onPageSkipped(quint64 generation, int page)
{
    if (generation != m_tickets->generation.load())
        return;
    m_pending.remove(page);  // asked again if the view still shows it
    if (page == 0)
        startCount();
}

void WindowedTableModel::onRowsCounted(const RowCountResult &result)
{
    if (result.generation != m_tickets->generation.load())
        return;
    m_counting = false;
    // An estimate the exact count confirms makes the rows numbered from the end exact too.
    if (m_estimated && !result.count.estimated && result.count.rows == m_rowCount) {
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (!it->fromEnd)
                continue;
            it->exact = true;
            // Only these rows' numbers change; a whole-table range walks every header row.
            const int first = it.key() * m_pageSize;
            emit headerDataChanged(Qt::Vertical, first, first + int(it->rows.size()) - 1);
        }
    }
    m_estimated = result.count.estimated;
    m_firstSortValue = result.firstSortValue;
    m_lastSortValue = result.lastSortValue;
    // A page already loaded past the count proves the table is at least that long.
    int known = 0;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->exact)
            known = qMax(known, it.key() * m_pageSize + int(it->rows.size()));
    }
    resizeTo(int(qBound(qint64(known), result.count.rows, qint64(std::numeric_limits<int>::max()))));
    emit rowCountKnown(result.count.rows, result.count.estimated, result.elapsedMs);
    if (!isLoading())
        emit loadingChanged(false);
}

void WindowedTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_tickets->generation.load())
        return;
    m_pending.clear();
    m_counting = false;
    m_countQueued = false;
    emit queryFailed(message);
    emit loadingChanged(false);
}

void WindowedTableModel::resizeTo(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}
