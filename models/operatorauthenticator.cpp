#include "operatorauthenticator.h"
#include "auditentry.h"
#include "databaseconnection.h"
#include "passwordhasher.h"
#include "pythonjson.h"
#include "rowstatements.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>
#include <nlohmann/json.hpp>

namespace {

const QString signInEvent = QStringLiteral("admin.sign_in");

// The reasons of the failures that count towards the backoff: the password was guessed at.
// A refusal during the backoff is audited too but does not count, or a person retrying too
// soon would push their own wait further out with every try.
constexpr const char *guessReasons[] = {"wrong_password", "unknown_email"};

const ColumnSpec &column(const QString &table, const QString &name)
{
    return *Schema::table(table)->column(name);
}

// roles is a JSON array of strings; anything else (NULL, an object, numbers) grants nothing.
QStringList rolesOf(const QString &text)
{
    QStringList roles;
    const auto parsed = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!parsed.is_array())
        return roles;
    for (const auto &role : parsed) {
        if (role.is_string())
            roles.append(QString::fromStdString(role.get<std::string>()));
    }
    return roles;
}

// Checked against an unknown email so that it takes as long as a wrong password: the time an
// answer takes must not tell whether the email has an account either.
const QString &standInHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no account has this password"));
    return hash;
}

} // namespace

OperatorAuthenticator::OperatorAuthenticator(const QSqlDatabase &db, const QString &ipAddress)
    : m_db(db)
    , m_ipAddress(ipAddress)
    , m_now(&ValueCodec::nowUtc)
{
}

OperatorIdentity OperatorAuthenticator::readOnlyWithoutSignIn()
{
    OperatorIdentity identity;
    identity.access = OperatorIdentity::Access::ReadOnly;
    return identity;
}

int OperatorAuthenticator::backoffSeconds(int failures)
{
    if (failures <= FailuresBeforeBackoff)
        return 0;
    const int exponent = failures - FailuresBeforeBackoff - 1;
    return exponent >= 9 ? MaxBackoffSeconds : qMin(1 << exponent, MaxBackoffSeconds);
}

OperatorAuthenticator::SignIn OperatorAuthenticator::signIn(const QString &emailText, const QString &password)
{
    const QString email = emailText.trimmed();
    // The audit rows and the backoff know the email in lower case, as the lookup matches it.
    const QString key = email.toLower();
    int failures = 0;
    QDateTime lastFailure;
    if (!readFailures(key, &failures, &lastFailure))
        return unavailable();
    Account account;
    const Lookup lookup = findAccount(email, &account);
    if (lookup == Lookup::Failed)
        return unavailable();

    if (const int wait = backoffSeconds(failures); wait > 0 && lastFailure.isValid()) {
        const qint64 remainingMs = m_now().msecsTo(lastFailure.addSecs(wait));
        if (remainingMs > 0) {
            const int seconds = int((remainingMs + 999) / 1000);
            SignIn result = refuse(key, account.id, "too_many_failures",
                                   tr("Too many failed sign-ins for %1. Try again in %2 seconds.").arg(email).arg(seconds));
            result.retryAfterSeconds = seconds;
            return result;
        }
    }

    const QString wrong = tr("Wrong email or password.");
    if (lookup == Lookup::Unknown) {
        PasswordHasher::verify(password, standInHash());
        return refuse(key, QString(), "unknown_email", wrong);
    }
    if (!PasswordHasher::verify(password, account.hashedPassword))
        return refuse(key, account.id, "wrong_password", wrong);
    // Only now, with the right password, may the answer say more about the account.
    if (!account.active)
        return refuse(key, account.id, "inactive",
                      tr("The account %1 is deactivated. Ask an administrator to reactivate it.").arg(email));
    using Access = OperatorIdentity::Access;
    const Access access = account.superuser || account.roles.contains(QLatin1String("admin")) ? Access::Write
        : account.roles.contains(QLatin1String("support"))                                    ? Access::ReadOnly
                                                                                               : Access::None;
    if (access == Access::None)
        return refuse(key, account.id, "no_role",
                      tr("The account %1 may not use Agent Factory Admin: it needs the \"admin\" or \"support\" role, "
                         "or superuser rights.").arg(email));

    // A sign-in nobody can trace is not allowed: without its audit row, no access.
    if (!record(key, account.id, true, "access", access == Access::Write ? "write" : "read_only")) {
        SignIn result;
        result.message = tr("The sign-in could not be recorded in the audit log, so it was refused. Try again, or reconnect.");
        return result;
    }
    SignIn result;
    result.identity.userId = account.id;
    result.identity.email = account.email;
    result.identity.access = access;
    return result;
}

OperatorAuthenticator::SignIn OperatorAuthenticator::refuse(const QString &email, const QString &userId, const char *reason,
                                                            const QString &message)
{
    // A refusal stands even when its audit row cannot be written; the log says why it is missing.
    record(email, userId, false, "reason", reason);
    SignIn result;
    result.message = message;
    return result;
}

OperatorAuthenticator::SignIn OperatorAuthenticator::unavailable() const
{
    SignIn result;
    result.message = tr("The sign-in could not be checked: the database did not answer. Try again, or reconnect.");
    return result;
}

QString OperatorAuthenticator::detailsFor(const QString &email, const char *key, const char *value)
{
    // Never the password: the email (lower case, as the backoff matches it) and the outcome.
    const nlohmann::ordered_json details = {{"email", email.toStdString()}, {key, value}};
    return QString::fromStdString(PythonJson::dumps(details));
}

OperatorAuthenticator::Lookup OperatorAuthenticator::findAccount(const QString &email, Account *account) const
{
    const QString users = QStringLiteral("users");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, email, hashed_password, is_active, is_superuser, roles FROM users "
                             "WHERE lower(email) = lower(?)"));
    q.addBindValue(email);
    if (!q.exec()) {
        qWarning("sign-in: looking up the account failed: %s", qPrintable(q.lastError().text()));
        return Lookup::Failed;
    }
    QList<Account> matches;
    while (q.next()) {
        Account found;
        found.id = q.value(0).toString();
        found.email = q.value(1).toString();
        found.hashedPassword = q.value(2).toString();
        found.active = ValueCodec::fromStorage(column(users, QStringLiteral("is_active")), q.value(3)).toBool();
        found.superuser = ValueCodec::fromStorage(column(users, QStringLiteral("is_superuser")), q.value(4)).toBool();
        found.roles = rolesOf(ValueCodec::fromStorage(column(users, QStringLiteral("roles")), q.value(5)).toString());
        // The exact spelling wins where two accounts differ only in case (the unique index
        // allows that); with several and none exact, no account is the one meant.
        if (found.email == email) {
            *account = found;
            return Lookup::Found;
        }
        matches.append(found);
    }
    if (matches.size() != 1) {
        if (matches.size() > 1)
            qWarning("sign-in: %d accounts differ from the given email only in case", int(matches.size()));
        return Lookup::Unknown;
    }
    *account = matches.constFirst();
    return Lookup::Found;
}

bool OperatorAuthenticator::readFailures(const QString &email, int *count, QDateTime *last) const
{
    // Failures count since the later of the window's start and the last successful sign-in:
    // whoever knew the password has shown it, and their earlier typos no longer matter.
    const QDateTime windowStart = m_now().addSecs(-FailureWindowSeconds);
    AuditCount successes;
    if (!countAudits(true, {detailsFor(email, "access", "write"), detailsFor(email, "access", "read_only")}, windowStart,
                     &successes))
        return false;
    QStringList guesses;
    for (const char *reason : guessReasons)
        guesses.append(detailsFor(email, "reason", reason));
    AuditCount failures;
    if (!countAudits(false, guesses, successes.count > 0 ? successes.last : windowStart, &failures))
        return false;
    *count = int(failures.count);
    *last = failures.last;
    return true;
}

bool OperatorAuthenticator::countAudits(bool success, const QStringList &details, const QDateTime &after,
                                        AuditCount *result) const
{
    const QString audit = QStringLiteral("audit_logs");
    const ColumnSpec &createdAt = column(audit, QStringLiteral("created_at"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The details text is matched whole, exactly as detailsFor() wrote it: no LIKE patterns,
    // so an email's '_' or '%' means itself. created_at keeps the scan on its index.
    QStringList placeholders;
    for (int i = 0; i < details.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("SELECT count(*), max(created_at) FROM audit_logs WHERE event_type = ? AND success = ? "
                             "AND created_at > ? AND CAST(details AS TEXT) IN (%1)")
                  .arg(placeholders.join(QStringLiteral(", "))));
    q.addBindValue(signInEvent);
    q.addBindValue(ValueCodec::toStorage(column(audit, QStringLiteral("success")), success));
    q.addBindValue(ValueCodec::toStorage(createdAt, after));
    for (const QString &text : details)
        q.addBindValue(text);
    if (!q.exec() || !q.next()) {
        qWarning("sign-in: reading earlier sign-ins failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    result->count = q.value(0).toLongLong();
    result->last = q.value(1).isNull() ? QDateTime() : ValueCodec::fromStorage(createdAt, q.value(1)).toDateTime();
    return true;
}

bool OperatorAuthenticator::record(const QString &email, const QString &userId, bool success, const char *outcomeKey,
                                   const char *outcome)
{
    AuditEntry entry;
    entry.eventType = signInEvent;
    entry.userId = userId;
    entry.resourceType = AuditEntry::resourceTypeOf(QStringLiteral("users"));
    entry.resourceId = userId;
    entry.action = QStringLiteral("sign_in");
    entry.success = success;
    entry.detailsJson = detailsFor(email, outcomeKey, outcome);
    entry.ipAddress = m_ipAddress;
    // Its own transaction: the row must land whatever else the connection is doing next.
    QSqlQuery begin(m_db);
    if (!begin.exec(RowStatements::begin(DatabaseConnection::backendOf(m_db)))) {
        qWarning("sign-in: the audit row could not be written: %s", qPrintable(begin.lastError().text()));
        return false;
    }
    const QSqlError error = entry.append(m_db);
    if (error.type() != QSqlError::NoError || !m_db.commit()) {
        qWarning("sign-in: the audit row could not be written: %s",
                 qPrintable(error.type() != QSqlError::NoError ? error.text() : m_db.lastError().text()));
        m_db.rollback();
        return false;
    }
    return true;
}
