#pragma once
#include "connectionprofiles.h"
#include "operatoridentity.h"
#include <QCoreApplication>
#include <QDateTime>

// The safety rail of a connection's environment. A production database opens read-only:
// writing needs writes enabled with a stated reason, which every audit row written meanwhile
// carries, and which lapses after the chosen time. Development and staging write as the
// operator's account allows.
class WriteGuard
{
    Q_DECLARE_TR_FUNCTIONS(WriteGuard)
public:
    using Environment = ConnectionProfile::Environment;

    void setEnvironment(Environment environment);  // also withdraws enabled writes
    Environment environment() const { return m_environment; }
    bool isProduction() const { return m_environment == Environment::Production; }

    // Production only; false (and nothing changes) without a reason or a positive duration.
    bool enable(const QString &reason, int minutes, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    void disable();
    bool writesEnabled(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    QDateTime enabledUntil() const { return m_until; }
    QString reason() const { return m_reason; }

    // What the operator may do here and now: a writer on production without enabled writes reads.
    OperatorIdentity effective(const OperatorIdentity &identity, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

private:
    Environment m_environment = Environment::Development;
    QDateTime m_until;
    QString m_reason;
};
