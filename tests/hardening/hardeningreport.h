#pragma once
#include <QJsonObject>
#include <QString>

// The figures a hardening test measured (inputs tried, injections found, faults injected, half
// writes…), one JSON object per line appended to the file named by AFADMIN_HARDENING_REPORT
// (scripts/test sets it). scripts/hardening-report turns the lines into tests/HARDENING.md.
// Without the variable nothing is written: the test's own QVERIFYs are what fail.
class HardeningReport
{
public:
    // section: "hostile-input", "faults", "concurrent-edits", "secrets", "soak", …
    static void record(const QString &section, const QJsonObject &figures);
};
