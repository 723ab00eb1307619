#pragma once
#include "benchreport.h"
#include "connectionsettings.h"
#include <QString>

// Peak RSS after browsing: open a table, scroll through `scrollRows` rows a viewport at a time,
// jump to the end. VmHWM only ever grows, so each table is browsed by a fresh process of this
// program (browseHere() in the child, inChild() in the parent), and the figures of a small and
// a big table compare like for like.
class MemoryBench
{
public:
    struct Result
    {
        BenchReport::Value peakRss;   // measure "peak_rss_mb", rows = the table's row count
        double maxStallMs = 0;        // the UI thread's longest stall while browsing
        double browseMs = 0;
    };

    // In this process; prints nothing. False with *error set on failure.
    static bool browseHere(const ConnectionSettings &settings, const QString &table, int scrollRows, Result *result,
                           QString *error);
    // In a child: `program --database-url url --browse-memory table --scroll-rows n`.
    static bool inChild(const QString &url, Backend backend, const QString &table, int scrollRows, Result *result,
                        QString *error);
    // The child's one line of output, and its reading.
    static std::string toJson(const Result &result);
    static bool fromJson(const std::string &line, Result *result);
};
