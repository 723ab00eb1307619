#pragma once
#include "localaddress.h"
#include "operatoridentity.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

// Signs an operator in with a platform account: the email and password of a users row, the
// password checked against users.hashed_password with bcrypt (PasswordHasher). What the account
// may do follows from the row: an active superuser, or an active user whose roles include
// "admin", writes; an active user whose roles include "support" reads (secrets masked); anyone
// else is refused. An unknown email and a wrong password get the same message, so the answer
// never tells whether an email has an account.
//
// Every attempt leaves an audit_logs row (event_type "admin.sign_in", its own transaction),
// and those rows are also the memory of failures: from the third failed attempt for an email
// within 15 minutes on (since the last successful sign-in, if later), the password is not even
// checked until 2^(n-3) seconds (at most 300) have passed since the last failure. Reading the
// trail rather than keeping a counter in memory means restarting the app or the CLI does not
// reset the count.
class OperatorAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(OperatorAuthenticator)
public:
    struct SignIn
    {
        OperatorIdentity identity;  // access None when refused
        QString message;            // translated, why refused; empty when signed in
        int retryAfterSeconds = 0;  // > 0: refused for too many failures; wait this long
        bool ok() const { return identity.canRead(); }
    };

    static constexpr int FailureWindowSeconds = 15 * 60;
    static constexpr int FailuresBeforeBackoff = 2;  // the third failure starts the backoff
    static constexpr int MaxBackoffSeconds = 300;

    explicit OperatorAuthenticator(const QSqlDatabase &db, const QString &ipAddress = LocalAddress::primary());

    SignIn signIn(const QString &email, const QString &password);

    // Access::ReadOnly with an empty userId: a developer browsing a local file without an
    // account. It can never write (OperatorIdentity::canWrite needs a user id).
    static OperatorIdentity readOnlyWithoutSignIn();

    // The wait after `failures` failed attempts within the window: 0 before the third.
    static int backoffSeconds(int failures);

    // The clock the backoff reads (UTC); tests move it forward instead of sleeping.
    void setNow(const std::function<QDateTime()> &now) { m_now = now; }

private:
    struct Account
    {
        QString id;
        QString email;  // as stored
        QString hashedPassword;
        bool active = false;
        bool superuser = false;
        QStringList roles;
    };
    enum class Lookup { Found, Unknown, Failed };
    struct AuditCount
    {
        qint64 count = 0;
        QDateTime last;  // the latest created_at; invalid when count is 0
    };

    Lookup findAccount(const QString &email, Account *account) const;
    bool readFailures(const QString &email, int *count, QDateTime *last) const;
    bool countAudits(bool success, const QStringList &details, const QDateTime &after, AuditCount *result) const;
    bool record(const QString &email, const QString &userId, bool success, const char *outcomeKey, const char *outcome);
    SignIn refuse(const QString &email, const QString &userId, const char *reason, const QString &message);
    SignIn unavailable() const;
    static QString detailsFor(const QString &email, const char *key, const char *value);

    QSqlDatabase m_db;
    QString m_ipAddress;
    std::function<QDateTime()> m_now;
};
