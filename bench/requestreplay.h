#pragma once
#include "pagerequest.h"
#include "tablequery.h"

// Rebuilds the PageRequest the model made for a page it loaded after a jump, so the raw driver
// can run the same SQL. It follows WindowedTableModel::planRequest() for a page with no loaded
// neighbour (the case after a jump into an empty cache): a small OFFSET from the start, an
// OFFSET from the end near the end, else a seek to the estimated sort value. The model does not
// publish its requests; if it ever does, this class should go.
class RequestReplay
{
public:
    struct ModelState
    {
        int pageSize = 200;
        int directOffsetLimit = 5000;
        int rowCount = 0;
        QVariant firstSortValue, lastSortValue;  // as the worker read them (TableQuery::boundary)
    };

    static PageRequest requestFor(int page, const TableQuery &query, const ModelState &state);
    static constexpr int nearPages = 16;  // WindowedTableModel's nearPages
};
