#include "requestreplay.h"
#include "sortkeyestimator.h"

PageRequest RequestReplay::requestFor(int page, const TableQuery &query, const ModelState &state)
{
    using Mode = PageRequest::Mode;
    PageRequest r;
    r.page = page;
    r.rowCount = state.pageSize;
    const int first = page * state.pageSize;
    if (first <= state.directOffsetLimit) {
        r.mode = Mode::FromStart;
        r.offset = first;
        return r;
    }
    if (state.rowCount - first <= nearPages * state.pageSize) {
        const int rowsAfter = state.rowCount - (first + state.pageSize);
        r.mode = Mode::FromEnd;
        r.rowCount = rowsAfter < 0 ? state.pageSize + rowsAfter : state.pageSize;
        r.offset = qMax(0, rowsAfter);
        return r;
    }
    const QVariant estimate = SortKeyEstimator::estimate(query.sortColumn(), query.backend(), state.firstSortValue,
                                                         state.lastSortValue, double(first) / double(state.rowCount));
    if (estimate.isValid()) {
        r.mode = Mode::Seek;
        r.sortValue = estimate;
        return r;
    }
    r.mode = Mode::FromStart;
    r.offset = first;
    return r;
}
