#pragma once
#include <QString>

// The platform account a person signed in with, and what it may do. Every write names it in
// its audit row; a read-only operator is refused by the write path itself, whatever the UI shows.
struct OperatorIdentity
{
    enum class Access {
        None,      // not signed in
        ReadOnly,  // support staff, or a developer's "read-only, no sign-in" on a local file
        Write,     // an active superuser, or an active user whose roles include "admin"
    };

    QString userId;  // users.id; empty for "read-only, no sign-in"
    QString email;
    Access access = Access::None;

    bool canWrite() const { return access == Access::Write && !userId.isEmpty(); }
    bool canRead() const { return access != Access::None; }
};
