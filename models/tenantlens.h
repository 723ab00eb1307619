#pragma once
#include "backend.h"
#include "tablefilter.h"
#include <QStringList>

struct TableSpec;

// The tenant lens: which of a table's rows belong to one tenant, read from the schema's
// foreign keys so a new table gets the lens without a list to update:
//  - a table with tenant_id compares it (users, agents, executions...);
//  - the table those tenant_id columns point at compares its primary key (tenants);
//  - a table without tenant_id whose foreign key points at a tenant-scoped table goes
//    through it (audit_logs.user_id and blueprints.publisher_id through users);
//  - anything else is shared by every tenant and not narrowed (plans).
class TenantLens
{
public:
    static bool narrows(const TableSpec &table);
    // The condition on alias t, or empty when the table is not narrowed. A table that should
    // be narrowed but lacks the column in the connected database (drift) matches nothing.
    static SqlFragment condition(const TableSpec &table, Backend backend, const QStringList &columns,
                                 const QString &tenantId);
};
