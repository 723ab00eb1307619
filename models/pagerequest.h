#pragma once
#include <QVariant>

// How one page of a windowed table is reached. Offsets stay small (the start of the table, or
// a few pages past a loaded neighbour); deep positions are reached by key, never by OFFSET.
struct PageRequest
{
    enum class Mode {
        FromStart,  // ORDER BY ... LIMIT n OFFSET offset        (offset small)
        After,      // rows after key in sort order, then OFFSET  (continuing from a loaded page)
        Before,     // rows before key, read in reverse, OFFSET   (continuing upward)
        FromEnd,    // the last rows: reverse order, OFFSET rows from the end
        Seek,       // the first rows at or past an estimated sort value (a jump)
    };
    Mode mode = Mode::FromStart;
    int page = 0;
    int rowCount = 0;           // LIMIT
    int offset = 0;             // OFFSET, within the mode
    QVariant sortValue;         // After/Before: the key's sort value; Seek: the estimate
    QVariant keyValue;          // After/Before: the key's primary key (ties)
    bool sortValueIsNull = false;
    // When > 0 the worker also delivers the page's first rows as soon as it has read that many
    // (a partial page): the rows a new query shows first reach the screen before the rest.
    int firstRows = 0;
};
