#include "demodatabase.h"
#include "operatorauthenticator.h"
#include "recordwriter.h"
#include "schema.h"
#include "testdatabase.h"
#include "testsql.h"
#include "valuecodec.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

// Operator sign-in against the demo accounts on both backends: who may write, who may only
// read, who is refused and with what message, the audit row every attempt leaves, and the
// backoff the audit trail drives.

namespace {

const QString ip = QStringLiteral("192.0.2.10");
const QString adminEmail = QStringLiteral("admin@agentfactory.test");
const QString supportEmail = QStringLiteral("support@agentfactory.test");
const QString opsEmail = QStringLiteral("ops@acme.test");
const QString wrongPassword = QStringLiteral("Not-The-Password-7");
const QString wrongMessage = QStringLiteral("Wrong email or password.");

struct DemoUser
{
    QString id;
    QString email;
    bool active = false;
    bool superuser = false;
    QStringList roles;
};

} // namespace

class tst_OperatorAuthenticator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backoffGrowsAndStops();
    void superuserWrites();
    void tenantAdminWrites();
    void supportReadsOnly();
    void emailInAnotherCase();
    void unknownEmailAndWrongPasswordLookAlike();
    void inactiveAccountIsRefusedAfterThePassword();
    void accountWithoutRoleIsRefused();
    void rolesDecideAccess_data();
    void rolesDecideAccess();
    void readOnlyWithoutSignIn();
    void repeatedFailuresBackOff();
    void backoffSurvivesARestartAndEndsWithTheWindow();
    void closedDatabaseRefuses();
    void noPasswordInTheAuditTrail();

private:
    QList<DemoUser> users() const;
    DemoUser user(const std::function<bool(const DemoUser &)> &match) const;
    QVariantMap lastAudit() const;
    QDateTime lastAuditTime() const;
    void verifyAudit(const QString &userId, bool success, const QString &email, const QString &key, const QString &value);
    qint64 audits() const;
    void ageSignIns(const QString &email, int seconds);

    std::unique_ptr<TestDatabase> m_db;
};

void tst_OperatorAuthenticator::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(7, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

QList<DemoUser> tst_OperatorAuthenticator::users() const
{
    const TableSpec &spec = *Schema::table(QStringLiteral("users"));
    QList<DemoUser> all;
    QSqlQuery q(m_db->db());
    q.exec(QStringLiteral("SELECT id, email, is_active, is_superuser, roles FROM users ORDER BY email"));
    while (q.next()) {
        DemoUser u{q.value(0).toString(), q.value(1).toString(),
                   ValueCodec::fromStorage(*spec.column(QStringLiteral("is_active")), q.value(2)).toBool(),
                   ValueCodec::fromStorage(*spec.column(QStringLiteral("is_superuser")), q.value(3)).toBool(), {}};
        const QString roles = ValueCodec::fromStorage(*spec.column(QStringLiteral("roles")), q.value(4)).toString();
        for (const QJsonValue &role : QJsonDocument::fromJson(roles.toUtf8()).array())
            u.roles.append(role.toString());
        all.append(u);
    }
    return all;
}

DemoUser tst_OperatorAuthenticator::user(const std::function<bool(const DemoUser &)> &match) const
{
    for (const DemoUser &u : users()) {
        if (match(u))
            return u;
    }
    return {};
}

qint64 tst_OperatorAuthenticator::audits() const
{
    return TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_logs"));
}

QVariantMap tst_OperatorAuthenticator::lastAudit() const
{
    return RecordWriter::load(m_db->db(), *Schema::table(QStringLiteral("audit_logs")),
                              TestSql::scalar(m_db->db(), QStringLiteral("SELECT max(id) FROM audit_logs")));
}

QDateTime tst_OperatorAuthenticator::lastAuditTime() const
{
    return lastAudit().value(QStringLiteral("created_at")).toDateTime();
}

void tst_OperatorAuthenticator::verifyAudit(const QString &userId, bool success, const QString &email, const QString &key,
                                            const QString &value)
{
    const QVariantMap audit = lastAudit();
    QCOMPARE(audit.value(QStringLiteral("event_type")).toString(), QStringLiteral("admin.sign_in"));
    QCOMPARE(audit.value(QStringLiteral("action")).toString(), QStringLiteral("sign_in"));
    QCOMPARE(audit.value(QStringLiteral("resource_type")).toString(), QStringLiteral("user"));
    QCOMPARE(audit.value(QStringLiteral("success")).toBool(), success);
    QCOMPARE(audit.value(QStringLiteral("ip_address")).toString(), ip);
    QCOMPARE(audit.value(QStringLiteral("user_id")).isNull(), userId.isEmpty());
    QCOMPARE(audit.value(QStringLiteral("resource_id")).isNull(), userId.isEmpty());
    if (!userId.isEmpty()) {
        QCOMPARE(audit.value(QStringLiteral("user_id")).toString(), userId);
        QCOMPARE(audit.value(QStringLiteral("resource_id")).toString(), userId);
    }
    QVERIFY(qAbs(audit.value(QStringLiteral("created_at")).toDateTime().secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QString details = audit.value(QStringLiteral("details")).toString();
    const QJsonObject object = QJsonDocument::fromJson(details.toUtf8()).object();
    QCOMPARE(object.size(), 2);
    QCOMPARE(object.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(object.value(key).toString(), value);
    // json.dumps form, as the platform writes details.
    QCOMPARE(details, QStringLiteral("{\"email\": \"%1\", \"%2\": \"%3\"}").arg(email, key, value));
}

void tst_OperatorAuthenticator::backoffGrowsAndStops()
{
    const QList<int> expected = {0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300};
    for (int n = 0; n < expected.size(); ++n)
        QCOMPARE(OperatorAuthenticator::backoffSeconds(n), expected.at(n));
    QCOMPARE(OperatorAuthenticator::backoffSeconds(1000), 300);
}

void tst_OperatorAuthenticator::superuserWrites()
{
    const DemoUser admin = user([](const DemoUser &u) { return u.email == adminEmail; });
    QVERIFY(admin.superuser && admin.active);
    const qint64 before = audits();
    OperatorAuthenticator auth(m_db->db(), ip);
    const auto signIn = auth.signIn(adminEmail, QStringLiteral("Admin-Demo-1"));
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    QCOMPARE(signIn.identity.access, OperatorIdentity::Access::Write);
    QVERIFY(signIn.identity.canWrite());
    QCOMPARE(signIn.identity.userId, admin.id);
    QCOMPARE(signIn.identity.email, adminEmail);
    QVERIFY(signIn.message.isEmpty());
    QCOMPARE(signIn.retryAfterSeconds, 0);
    QCOMPARE(audits(), before + 1);
    verifyAudit(admin.id, true, adminEmail, QStringLiteral("access"), QStringLiteral("write"));
}

void tst_OperatorAuthenticator::tenantAdminWrites()
{
    const DemoUser ops = user([](const DemoUser &u) { return u.email == opsEmail; });
    QVERIFY(!ops.superuser && ops.roles.contains(QStringLiteral("admin")));
    OperatorAuthenticator auth(m_db->db(), ip);
    const auto signIn = auth.signIn(opsEmail, QStringLiteral("Ops-Demo-1"));
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    QCOMPARE(signIn.identity.access, OperatorIdentity::Access::Write);
    QCOMPARE(signIn.identity.userId, ops.id);
    verifyAudit(ops.id, true, opsEmail, QStringLiteral("access"), QStringLiteral("write"));
}

void tst_OperatorAuthenticator::supportReadsOnly()
{
    const DemoUser support = user([](const DemoUser &u) { return u.email == supportEmail; });
    QCOMPARE(support.roles, QStringList{QStringLiteral("support")});
    OperatorAuthenticator auth(m_db->db(), ip);
    const auto signIn = auth.signIn(supportEmail, QStringLiteral("Support-Demo-1"));
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    QCOMPARE(signIn.identity.access, OperatorIdentity::Access::ReadOnly);
    QVERIFY(signIn.identity.canRead());
    QVERIFY(!signIn.identity.canWrite());
    QCOMPARE(signIn.identity.userId, support.id);
    verifyAudit(support.id, true, supportEmail, QStringLiteral("access"), QStringLiteral("read_only"));
}

void tst_OperatorAuthenticator::emailInAnotherCase()
{
    const DemoUser admin = user([](const DemoUser &u) { return u.email == adminEmail; });
    OperatorAuthenticator auth(m_db->db(), ip);
    const auto signIn = auth.signIn(QStringLiteral("  Admin@AgentFactory.TEST "), QStringLiteral("Admin-Demo-1"));
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    QCOMPARE(signIn.identity.access, OperatorIdentity::Access::Write);
    QCOMPARE(signIn.identity.userId, admin.id);
    QCOMPARE(signIn.identity.email, adminEmail);  // as stored
    verifyAudit(admin.id, true, adminEmail, QStringLiteral("access"), QStringLiteral("write"));
    // The password is not matched ignoring case.
    QVERIFY(!auth.signIn(adminEmail, QStringLiteral("admin-demo-1")).ok());
}

void tst_OperatorAuthenticator::unknownEmailAndWrongPasswordLookAlike()
{
    const DemoUser admin = user([](const DemoUser &u) { return u.email == adminEmail; });
    OperatorAuthenticator auth(m_db->db(), ip);
    const qint64 before = audits();
    const auto unknown = auth.signIn(QStringLiteral("Nobody@Example.test"), QStringLiteral("Admin-Demo-1"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.identity.access, OperatorIdentity::Access::None);
    QVERIFY(unknown.identity.userId.isEmpty());
    QCOMPARE(unknown.message, wrongMessage);
    QCOMPARE(unknown.retryAfterSeconds, 0);
    QCOMPARE(audits(), before + 1);
    verifyAudit(QString(), false, QStringLiteral("nobody@example.test"), QStringLiteral("reason"), QStringLiteral("unknown_email"));

    const auto wrong = auth.signIn(adminEmail, wrongPassword);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.message, unknown.message);  // nothing tells whether the email has an account
    QVERIFY(wrong.identity.userId.isEmpty());
    QCOMPARE(audits(), before + 2);
    verifyAudit(admin.id, false, adminEmail, QStringLiteral("reason"), QStringLiteral("wrong_password"));

    // An empty password or email is just wrong too.
    QCOMPARE(auth.signIn(QStringLiteral("nobody@example.test"), QString()).message, wrongMessage);
    QCOMPARE(auth.signIn(QString(), QString()).message, wrongMessage);
    // Two failures since the last success (one in emailInAnotherCase): no backoff yet.
    QVERIFY(auth.signIn(adminEmail, QStringLiteral("Admin-Demo-1")).ok());
}

void tst_OperatorAuthenticator::inactiveAccountIsRefusedAfterThePassword()
{
    const DemoUser inactive = user([](const DemoUser &u) { return !u.active; });
    QVERIFY2(!inactive.id.isEmpty(), "the demo has no inactive user");
    OperatorAuthenticator auth(m_db->db(), ip);
    // With a wrong password it looks like any wrong password.
    const auto guessed = auth.signIn(inactive.email, wrongPassword);
    QCOMPARE(guessed.message, wrongMessage);
    verifyAudit(inactive.id, false, inactive.email, QStringLiteral("reason"), QStringLiteral("wrong_password"));

    const auto signIn = auth.signIn(inactive.email, DemoDatabase::memberPassword());
    QVERIFY(!signIn.ok());
    QCOMPARE(signIn.identity.access, OperatorIdentity::Access::None);
    QVERIFY2(signIn.message.contains(QStringLiteral("deactivated")), qPrintable(signIn.message));
    QVERIFY(signIn.message != wrongMessage);
    verifyAudit(inactive.id, false, inactive.email, QStringLiteral("reason"), QStringLiteral("inactive"));
}

void tst_OperatorAuthenticator::accountWithoutRoleIsRefused()
{
    const DemoUser member = user([](const DemoUser &u) {
        return u.active && !u.superuser && !u.roles.contains(QStringLiteral("admin")) && !u.roles.contains(QStringLiteral("support"));
    });
    QVERIFY2(!member.id.isEmpty(), "the demo has no active user without a role");
    OperatorAuthenticator auth(m_db->db(), ip);
    const auto signIn = auth.signIn(member.email, DemoDatabase::memberPassword());
    QVERIFY(!signIn.ok());
    QVERIFY2(signIn.message.contains(QStringLiteral("\"admin\"")) && signIn.message.contains(QStringLiteral("\"support\"")),
             qPrintable(signIn.message));
    QVERIFY(signIn.message.contains(member.email));
    verifyAudit(member.id, false, member.email, QStringLiteral("reason"), QStringLiteral("no_role"));
}

void tst_OperatorAuthenticator::rolesDecideAccess_data()
{
    QTest::addColumn<QString>("roles");
    QTest::addColumn<bool>("superuser");
    QTest::addColumn<int>("access");
    using A = OperatorIdentity::Access;
    QTest::newRow("support") << "[\"support\"]" << false << int(A::ReadOnly);
    QTest::newRow("admin among others") << "[\"viewer\", \"admin\"]" << false << int(A::Write);
    QTest::newRow("admin and support") << "[\"support\", \"admin\"]" << false << int(A::Write);
    QTest::newRow("superuser without roles") << "[]" << true << int(A::Write);
    QTest::newRow("no roles") << "[]" << false << int(A::None);
    QTest::newRow("a string, not a list") << "\"admin\"" << false << int(A::None);
    QTest::newRow("an object") << "{\"admin\": true}" << false << int(A::None);
    QTest::newRow("JSON null") << "null" << false << int(A::None);
    QTest::newRow("similar name") << "[\"administrator\", \"Admin\", \"support-lead\"]" << false << int(A::None);
}

void tst_OperatorAuthenticator::rolesDecideAccess()
{
    QFETCH(QString, roles);
    QFETCH(bool, superuser);
    QFETCH(int, access);
    const DemoUser member = user([](const DemoUser &u) {
        return u.active && !u.superuser && u.roles == QStringList{QStringLiteral("viewer")};
    });
    QVERIFY(!member.id.isEmpty());
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE users SET roles = ?, is_superuser = ? WHERE id = ?"));
    q.addBindValue(ValueCodec::toStorage(*users.column(QStringLiteral("roles")), roles));
    q.addBindValue(ValueCodec::toStorage(*users.column(QStringLiteral("is_superuser")), superuser));
    q.addBindValue(member.id);
    QVERIFY(q.exec());
    OperatorAuthenticator auth(m_db->db(), ip);
    const auto signIn = auth.signIn(member.email, DemoDatabase::memberPassword());
    QCOMPARE(int(signIn.identity.access), access);
    QCOMPARE(signIn.ok(), access != int(OperatorIdentity::Access::None));
    if (signIn.ok())
        QCOMPARE(signIn.identity.userId, member.id);
}

void tst_OperatorAuthenticator::readOnlyWithoutSignIn()
{
    const OperatorIdentity identity = OperatorAuthenticator::readOnlyWithoutSignIn();
    QCOMPARE(identity.access, OperatorIdentity::Access::ReadOnly);
    QVERIFY(identity.userId.isEmpty());
    QVERIFY(identity.canRead());
    QVERIFY(!identity.canWrite());
}

void tst_OperatorAuthenticator::repeatedFailuresBackOff()
{
    const DemoUser ops = user([](const DemoUser &u) { return u.email == opsEmail; });
    const QString right = QStringLiteral("Ops-Demo-1");
    OperatorAuthenticator auth(m_db->db(), ip);
    // The test holds the clock, set relative to the audit rows' own times, so nothing here
    // depends on how fast the machine is.
    QDateTime now;
    auth.setNow([&now] { return now; });

    // Earlier failures went before a success (tenantAdminWrites): two guesses are free.
    for (int i = 0; i < 3; ++i) {
        now = lastAuditTime().addMSecs(1);
        const auto wrong = auth.signIn(opsEmail, wrongPassword);
        QCOMPARE(wrong.message, wrongMessage);
        QCOMPARE(wrong.retryAfterSeconds, 0);
        verifyAudit(ops.id, false, opsEmail, QStringLiteral("reason"), QStringLiteral("wrong_password"));
    }
    const QDateTime third = lastAuditTime();

    // Three failures: even the right password is refused, unchecked, for 1 s after the last.
    now = third.addMSecs(400);
    const qint64 before = audits();
    const auto refused = auth.signIn(opsEmail, right);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.identity.access, OperatorIdentity::Access::None);
    QCOMPARE(refused.retryAfterSeconds, 1);
    QVERIFY2(refused.message.contains(QStringLiteral("1 seconds")), qPrintable(refused.message));
    QCOMPARE(audits(), before + 1);
    verifyAudit(ops.id, false, opsEmail, QStringLiteral("reason"), QStringLiteral("too_many_failures"));
    // The backoff is the account's, whatever the spelling of its email.
    QCOMPARE(auth.signIn(QStringLiteral("OPS@Acme.test"), right).retryAfterSeconds, 1);

    // A refusal during the backoff does not count, so the backoff ends where it would have...
    now = third.addMSecs(900);
    QCOMPARE(auth.signIn(opsEmail, wrongPassword).retryAfterSeconds, 1);
    now = third.addMSecs(1001);
    const auto fourth = auth.signIn(opsEmail, wrongPassword);
    QCOMPARE(fourth.message, wrongMessage);  // checked again, and wrong
    QCOMPARE(fourth.retryAfterSeconds, 0);
    verifyAudit(ops.id, false, opsEmail, QStringLiteral("reason"), QStringLiteral("wrong_password"));

    // ...and each counted failure doubles the wait: four failures, 2 s.
    const QDateTime last = lastAuditTime();
    now = last.addMSecs(100);
    QCOMPARE(auth.signIn(opsEmail, right).retryAfterSeconds, 2);
    now = last.addMSecs(1999);
    QCOMPARE(auth.signIn(opsEmail, right).retryAfterSeconds, 1);
    now = last.addMSecs(2001);
    const auto allowed = auth.signIn(opsEmail, right);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));
    QCOMPARE(allowed.identity.access, OperatorIdentity::Access::Write);
    QCOMPARE(allowed.retryAfterSeconds, 0);

    // A success starts the count afresh: two more guesses, and the right password at once.
    for (int i = 0; i < 2; ++i) {
        now = lastAuditTime().addMSecs(1);
        QCOMPARE(auth.signIn(opsEmail, wrongPassword).message, wrongMessage);
    }
    now = lastAuditTime().addMSecs(1);
    QVERIFY(auth.signIn(opsEmail, right).ok());
}

void tst_OperatorAuthenticator::ageSignIns(const QString &email, int seconds)
{
    // Moves the account's sign-in rows into the past, as if the time had gone by.
    const TableSpec &audit = *Schema::table(QStringLiteral("audit_logs"));
    const QList<QVariant> ids = TestSql::column(m_db->db(), QStringLiteral("SELECT id FROM audit_logs WHERE event_type = "
                                                                           "'admin.sign_in' ORDER BY id"));
    int aged = 0;
    for (const QVariant &id : ids) {
        const QVariantMap row = RecordWriter::load(m_db->db(), audit, id);
        if (!row.value(QStringLiteral("details")).toString().contains(QStringLiteral("\"%1\"").arg(email)))
            continue;
        QSqlQuery q(m_db->db());
        q.prepare(QStringLiteral("UPDATE audit_logs SET created_at = ? WHERE id = ?"));
        q.addBindValue(ValueCodec::toStorage(*audit.column(QStringLiteral("created_at")),
                                             row.value(QStringLiteral("created_at")).toDateTime().addSecs(-seconds)));
        q.addBindValue(id);
        QVERIFY(q.exec());
        ++aged;
    }
    QVERIFY(aged > 0);
}

void tst_OperatorAuthenticator::backoffSurvivesARestartAndEndsWithTheWindow()
{
    const QString right = QStringLiteral("Support-Demo-1");
    {
        OperatorAuthenticator first(m_db->db(), ip);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(first.signIn(supportEmail, wrongPassword).message, wrongMessage);
    }
    // 14 minutes later, after a restart: the three failures still count. The next guess is
    // checked (their 1 s is long over) and makes four, so the right password waits 2 s.
    ageSignIns(supportEmail, 14 * 60);
    OperatorAuthenticator restarted(m_db->db(), ip);
    QDateTime now = QDateTime::currentDateTimeUtc();
    restarted.setNow([&now] { return now; });
    QCOMPARE(restarted.signIn(supportEmail, wrongPassword).message, wrongMessage);
    now = lastAuditTime().addMSecs(1);
    const auto refused = restarted.signIn(supportEmail, right);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.retryAfterSeconds, 2);

    // Two minutes on, the first three are older than the 15-minute window: one more guess
    // makes two counted failures, no backoff (five would mean 4 s).
    ageSignIns(supportEmail, 2 * 60);
    now = QDateTime::currentDateTimeUtc();
    QCOMPARE(restarted.signIn(supportEmail, wrongPassword).message, wrongMessage);
    now = lastAuditTime().addMSecs(1);
    const auto allowed = restarted.signIn(supportEmail, right);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));
    QCOMPARE(allowed.identity.access, OperatorIdentity::Access::ReadOnly);
}

void tst_OperatorAuthenticator::closedDatabaseRefuses()
{
    QSqlDatabase closed;  // invalid: no driver, never open
    OperatorAuthenticator auth(closed, ip);
    const auto signIn = auth.signIn(adminEmail, QStringLiteral("Admin-Demo-1"));
    QVERIFY(!signIn.ok());
    QVERIFY(!signIn.message.isEmpty());
    QVERIFY(signIn.message != wrongMessage);
}

void tst_OperatorAuthenticator::noPasswordInTheAuditTrail()
{
    QVERIFY(TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.sign_in'")) > 10);
    for (const QString &password : {QStringLiteral("Admin-Demo-1"), QStringLiteral("Support-Demo-1"), QStringLiteral("Ops-Demo-1"),
                                    DemoDatabase::memberPassword(), wrongPassword, QStringLiteral("admin-demo-1")}) {
        for (const QString &column : {QStringLiteral("details"), QStringLiteral("event_type"), QStringLiteral("resource_id"),
                                      QStringLiteral("action"), QStringLiteral("ip_address"), QStringLiteral("user_id")}) {
            const qint64 found = TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_logs WHERE CAST(%1 AS TEXT) LIKE ?")
                                                                 .arg(column), {QStringLiteral("%") + password + QStringLiteral("%")});
            QVERIFY2(found == 0, qPrintable(password + QStringLiteral(" in ") + column));
        }
    }
}

QTEST_GUILESS_MAIN(tst_OperatorAuthenticator)
#include "tst_operatorauthenticator.moc"
