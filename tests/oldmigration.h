#pragma once
#include "backend.h"
#include <QStringList>

// The platform's old migration, rebuilt by hand for the drift tests: its 8 tables with the
// differences data-model.md lists under "Migration Status". Written out independently of
// Schema::tables() on purpose: a fixture derived from the description could not catch a
// mistake in it.
class OldMigration
{
public:
    static QStringList createStatements(Backend backend);
    static QStringList expectedDriftLines(Backend backend);  // what DriftReport::lines() must say
};
