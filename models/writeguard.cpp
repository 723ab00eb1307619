#include "writeguard.h"

void WriteGuard::setEnvironment(Environment environment)
{
    m_environment = environment;
    disable();
}

bool WriteGuard::enable(const QString &reason, int minutes, const QDateTime &nowUtc)
{
    if (!isProduction() || reason.trimmed().isEmpty() || minutes <= 0)
        return false;
    m_reason = reason.trimmed();
    m_until = nowUtc.addSecs(qint64(minutes) * 60);
    return true;
}

void WriteGuard::disable()
{
    m_reason.clear();
    m_until = {};
}

bool WriteGuard::writesEnabled(const QDateTime &nowUtc) const
{
    return !isProduction() || (m_until.isValid() && nowUtc < m_until);
}

OperatorIdentity WriteGuard::effective(const OperatorIdentity &identity, const QDateTime &nowUtc) const
{
    OperatorIdentity result = identity;
    if (result.access == OperatorIdentity::Access::Write && !writesEnabled(nowUtc))
        result.access = OperatorIdentity::Access::ReadOnly;
    return result;
}
