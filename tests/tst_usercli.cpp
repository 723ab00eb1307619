#include "clirunner.h"
#include "demodatabase.h"
#include "operatorauthenticator.h"
#include "passwordhasher.h"
#include "recordwriter.h"
#include "schema.h"
#include "testdatabase.h"
#include "testsql.h"
#include "valuecodec.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

// afadmin-cli user create / set-password, run as a separate process on a demo database of
// each backend. Whether a password works is proved by Python's bcrypt as well as by
// PasswordHasher, so the two never merely agree with themselves.

namespace {

const QString adminEmail = QStringLiteral("admin@agentfactory.test");
const QString adminPassword = QStringLiteral("Admin-Demo-1");
const QString newEmail = QStringLiteral("new.person@acme.test");
const QString firstPassword = QStringLiteral("First-Pass-123");
const QString secondPassword = QStringLiteral("Second-Pass-456");
const QRegularExpression uuid4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

CliRun runUser(const QStringList &arguments, const QString &stdinText, const QString &operatorPassword = adminPassword)
{
    CliInput input;
    input.standardInput = stdinText;
    input.environment = {{QStringLiteral("AFADMIN_OPERATOR_PASSWORD"), operatorPassword}};
    input.timeoutMs = 120000;
    return runCli(QStringLiteral("user"), arguments, input);
}

// Python's bcrypt (Debian's interpreter: a python3 earlier on PATH may not see it).
QString python(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("python failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool pythonChecks(const QString &password, const QString &hash)
{
    return python(QStringLiteral("import bcrypt, sys; print(bcrypt.checkpw(sys.argv[1].encode(), sys.argv[2].encode()))"),
                  {password, hash}) == QLatin1String("True");
}

} // namespace

class tst_UserCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndBadUsage();
    void createsAUserPythonCanCheck();
    void createsASuperuserWithoutRoles();
    void pythonHashVerifiesHere();
    void setPasswordThenSignIn();
    void duplicateEmailIsRefused();
    void unknownTenantIsRefused();
    void badNewPasswordIsRefused();
    void operatorMustSignInWithWriteAccess();
    void noOperatorPasswordAndNoTerminal();

private:
    QStringList create(const QString &email, const QString &tenant = QStringLiteral("acme"),
                       const QString &operatorEmail = adminEmail) const;
    QVariantMap userByEmail(const QString &email) const;
    QVariantMap lastAuditOf(const QString &eventType) const;
    qint64 count(const QString &sql) const { return TestSql::scalar(m_db->db(), sql); }

    std::unique_ptr<TestDatabase> m_db;
    QString m_url;
    QString m_adminId;
    QString m_acmeId;
    QString m_newId;
};

void tst_UserCli::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(7, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    m_url = m_db->url();
    m_adminId = userByEmail(adminEmail).value(QStringLiteral("id")).toString();
    QVERIFY(!m_adminId.isEmpty());
    m_acmeId = TestSql::column(m_db->db(), QStringLiteral("SELECT id FROM tenants WHERE slug = 'acme'")).value(0).toString();
    QVERIFY(!m_acmeId.isEmpty());
}

QStringList tst_UserCli::create(const QString &email, const QString &tenant, const QString &operatorEmail) const
{
    return {QStringLiteral("create"), QStringLiteral("--database-url"), m_url, QStringLiteral("--email"), email,
            QStringLiteral("--tenant"), tenant, QStringLiteral("--password-stdin"), QStringLiteral("--operator"), operatorEmail};
}

QVariantMap tst_UserCli::userByEmail(const QString &email) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE email = ?"));
    q.addBindValue(email);
    if (!q.exec() || !q.next())
        return {};
    return RecordWriter::load(m_db->db(), *Schema::table(QStringLiteral("users")), q.value(0));
}

QVariantMap tst_UserCli::lastAuditOf(const QString &eventType) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT max(id) FROM audit_logs WHERE event_type = ?"));
    q.addBindValue(eventType);
    if (!q.exec() || !q.next())
        return {};
    return RecordWriter::load(m_db->db(), *Schema::table(QStringLiteral("audit_logs")), q.value(0));
}

void tst_UserCli::helpAndBadUsage()
{
    const CliRun overview = runCli(QStringLiteral("user"), {QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QLatin1String("create")) && overview.out.contains(QLatin1String("set-password")));
    const CliRun help = runCli(QStringLiteral("user"), {QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--database-url", "--email", "--tenant", "--superuser", "--roles", "--password-stdin",
                               "--operator", "AFADMIN_OPERATOR_PASSWORD"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const CliRun setHelp = runCli(QStringLiteral("user"), {QStringLiteral("set-password"), QStringLiteral("--help")});
    QCOMPARE(setHelp.exitCode, 0);
    QVERIFY(!setHelp.out.contains(QLatin1String("--tenant")));
    QVERIFY(runCli(QStringLiteral("--help"), {}).out.contains(QLatin1String("user")));

    const QStringList good = create(QStringLiteral("usage@acme.test"));
    auto without = [&good](const QString &option, bool hasValue) {
        QStringList arguments = good;
        const int at = int(arguments.indexOf(option));
        arguments.remove(at, hasValue ? 2 : 1);
        return arguments;
    };
    const QList<QStringList> bad = {
        {},
        {QStringLiteral("delete")},
        without(QStringLiteral("--email"), true),
        without(QStringLiteral("--tenant"), true),
        without(QStringLiteral("--password-stdin"), false),
        without(QStringLiteral("--operator"), true),
        without(QStringLiteral("--database-url"), true),  // and no DATABASE_URL
        good + QStringList{QStringLiteral("stray")},
        good + QStringList{QStringLiteral("--no-such-option")},
        {QStringLiteral("set-password"), QStringLiteral("--tenant"), QStringLiteral("acme")},
        {QStringLiteral("create"), QStringLiteral("--database-url"), QStringLiteral("mysql://host/db"), QStringLiteral("--email"),
         QStringLiteral("x@acme.test"), QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--password-stdin"),
         QStringLiteral("--operator"), adminEmail},
    };
    const qint64 users = count(QStringLiteral("SELECT count(*) FROM users"));
    for (const QStringList &arguments : bad) {
        const CliRun result = runUser(arguments, firstPassword + QLatin1Char('\n'));
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(' ') + ": " + QString::number(result.exitCode) + " " + result.err));
        QVERIFY2(result.err.startsWith(QLatin1String("afadmin-cli user: ")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    // A database that cannot be opened is exit 2 as well.
    QStringList unreachable = good;
    unreachable[2] = QStringLiteral("postgresql://postgres@127.0.0.1:1/nothing_listens");
    QCOMPARE(runUser(unreachable, firstPassword + QLatin1Char('\n')).exitCode, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), users);
}

void tst_UserCli::createsAUserPythonCanCheck()
{
    const qint64 creates = count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.create'"));
    const QString adminSignIns = QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.sign_in' AND user_id = ?");
    const qint64 signIns = TestSql::scalar(m_db->db(), adminSignIns, {m_adminId});
    const CliRun run = runUser(create(newEmail) + QStringList{QStringLiteral("--roles"), QStringLiteral(" support, viewer ,")},
                               firstPassword + QLatin1Char('\n'));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.lines().size(), 1);
    m_newId = run.lines().constFirst().trimmed();
    QVERIFY2(uuid4.match(m_newId).hasMatch(), qPrintable(run.out));
    QVERIFY2(!run.out.contains(firstPassword) && !run.err.contains(firstPassword), qPrintable(run.out + run.err));

    const QVariantMap stored = userByEmail(newEmail);
    QCOMPARE(stored.value(QStringLiteral("id")).toString(), m_newId);
    QCOMPARE(stored.value(QStringLiteral("tenant_id")).toString(), m_acmeId);
    QCOMPARE(stored.value(QStringLiteral("is_active")).toBool(), true);
    QCOMPARE(stored.value(QStringLiteral("is_superuser")).toBool(), false);
    QCOMPARE(stored.value(QStringLiteral("roles")).toString(), QStringLiteral("[\"support\", \"viewer\"]"));
    QCOMPARE(stored.value(QStringLiteral("permissions")).toString(), QStringLiteral("[]"));
    const QString hash = stored.value(QStringLiteral("hashed_password")).toString();
    QVERIFY2(hash.startsWith(QLatin1String("$2b$12$")), qPrintable(hash));
    QVERIFY(pythonChecks(firstPassword, hash));
    QVERIFY(!pythonChecks(secondPassword, hash));

    // The new account signs in (role "support": read-only).
    OperatorAuthenticator auth(m_db->db());
    const auto signIn = auth.signIn(newEmail, firstPassword);
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    QCOMPARE(signIn.identity.access, OperatorIdentity::Access::ReadOnly);
    QCOMPARE(signIn.identity.userId, m_newId);

    // Audited like a form's save, by the operator, without the hash.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.create'")), creates + 1);
    const QVariantMap audit = lastAuditOf(QStringLiteral("admin.create"));
    QCOMPARE(audit.value(QStringLiteral("user_id")).toString(), m_adminId);
    QCOMPARE(audit.value(QStringLiteral("resource_type")).toString(), QStringLiteral("user"));
    QCOMPARE(audit.value(QStringLiteral("resource_id")).toString(), m_newId);
    QCOMPARE(audit.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(!audit.value(QStringLiteral("ip_address")).toString().isEmpty());
    const QString details = audit.value(QStringLiteral("details")).toString();
    QVERIFY2(!details.contains(hash) && !details.contains(QLatin1String("$2b$")) && !details.contains(firstPassword),
             qPrintable(details));
    const QJsonObject changes = QJsonDocument::fromJson(details.toUtf8()).object().value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("email")).toObject().value(QStringLiteral("new")).toString(), newEmail);
    QCOMPARE(changes.value(QStringLiteral("hashed_password")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("********"));
    // The operator's sign-in left its own row.
    QCOMPARE(TestSql::scalar(m_db->db(), adminSignIns, {m_adminId}), signIns + 1);
}

void tst_UserCli::createsASuperuserWithoutRoles()
{
    const QString email = QStringLiteral("root2@acme.test");
    const CliRun run = runUser(create(email) + QStringList{QStringLiteral("--superuser")}, firstPassword + QStringLiteral("\r\n"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QVariantMap stored = userByEmail(email);
    QCOMPARE(stored.value(QStringLiteral("is_superuser")).toBool(), true);
    QCOMPARE(stored.value(QStringLiteral("roles")).toString(), QStringLiteral("[]"));
    // The Windows line end is not part of the password.
    QVERIFY(pythonChecks(firstPassword, stored.value(QStringLiteral("hashed_password")).toString()));
    OperatorAuthenticator auth(m_db->db());
    QCOMPARE(auth.signIn(email, firstPassword).identity.access, OperatorIdentity::Access::Write);
}

void tst_UserCli::pythonHashVerifiesHere()
{
    QVERIFY(!m_newId.isEmpty());
    const QString password = QStringLiteral("Py-Made-P\u00e4ss-1");
    const QString hash = python(QStringLiteral("import bcrypt, sys; print(bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(12)).decode())"),
                                {password});
    QVERIFY2(hash.startsWith(QLatin1String("$2b$12$")), qPrintable(hash));
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("UPDATE users SET hashed_password = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(m_newId);
    QVERIFY(q.exec());
    QVERIFY(PasswordHasher::verify(password, hash));
    QVERIFY(!PasswordHasher::verify(firstPassword, hash));
    OperatorAuthenticator auth(m_db->db());
    const auto signIn = auth.signIn(newEmail, password);
    QVERIFY2(signIn.ok(), qPrintable(signIn.message));
    QCOMPARE(signIn.identity.userId, m_newId);
}

void tst_UserCli::setPasswordThenSignIn()
{
    QVERIFY(!m_newId.isEmpty());
    const QVariantMap before = userByEmail(newEmail);
    const qint64 updates = count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.update'"));
    const CliRun run = runUser({QStringLiteral("set-password"), QStringLiteral("--database-url"), m_url, QStringLiteral("--email"),
                                QStringLiteral("New.Person@ACME.test"), QStringLiteral("--password-stdin"), QStringLiteral("--operator"),
                                QStringLiteral("ops@acme.test")},
                               secondPassword + QLatin1Char('\n'), QStringLiteral("Ops-Demo-1"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(secondPassword));

    const QVariantMap after = userByEmail(newEmail);
    const QString hash = after.value(QStringLiteral("hashed_password")).toString();
    QVERIFY(hash != before.value(QStringLiteral("hashed_password")).toString());
    QVERIFY(pythonChecks(secondPassword, hash));
    // Only the password (and updated_at) changed.
    for (const QString &column : {QStringLiteral("email"), QStringLiteral("roles"), QStringLiteral("tenant_id"),
                                  QStringLiteral("is_superuser"), QStringLiteral("created_at")})
        QCOMPARE(after.value(column), before.value(column));
    OperatorAuthenticator auth(m_db->db());
    QVERIFY(auth.signIn(newEmail, secondPassword).ok());
    QVERIFY(!auth.signIn(newEmail, firstPassword).ok());

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.update'")), updates + 1);
    const QVariantMap audit = lastAuditOf(QStringLiteral("admin.update"));
    const QString opsId = userByEmail(QStringLiteral("ops@acme.test")).value(QStringLiteral("id")).toString();
    QCOMPARE(audit.value(QStringLiteral("user_id")).toString(), opsId);
    QCOMPARE(audit.value(QStringLiteral("resource_id")).toString(), m_newId);
    const QString details = audit.value(QStringLiteral("details")).toString();
    QVERIFY2(!details.contains(QLatin1String("$2b$")) && !details.contains(hash), qPrintable(details));
    const QJsonObject changes = QJsonDocument::fromJson(details.toUtf8()).object().value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.keys(), QStringList{QStringLiteral("hashed_password")});

    // An email nobody has is refused by field.
    const CliRun unknown = runUser({QStringLiteral("set-password"), QStringLiteral("--database-url"), m_url, QStringLiteral("--email"),
                                    QStringLiteral("nobody@acme.test"), QStringLiteral("--password-stdin"), QStringLiteral("--operator"),
                                    adminEmail},
                                   secondPassword + QLatin1Char('\n'));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.startsWith(QLatin1String("afadmin-cli user: Email: ")), qPrintable(unknown.err));
}

void tst_UserCli::duplicateEmailIsRefused()
{
    const qint64 users = count(QStringLiteral("SELECT count(*) FROM users"));
    const qint64 creates = count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.create'"));
    const CliRun same = runUser(create(QStringLiteral("ops@acme.test")), firstPassword + QLatin1Char('\n'));
    QCOMPARE(same.exitCode, 1);
    QVERIFY2(same.err.contains(QLatin1String("afadmin-cli user: Email: already used by another user")), qPrintable(same.err));
    const CliRun otherCase = runUser(create(QStringLiteral("OPS@Acme.test")), firstPassword + QLatin1Char('\n'));
    QCOMPARE(otherCase.exitCode, 1);
    QVERIFY2(otherCase.err.contains(QLatin1String("afadmin-cli user: Email: ")), qPrintable(otherCase.err));
    const CliRun malformed = runUser(create(QStringLiteral("not-an-email")), firstPassword + QLatin1Char('\n'));
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains(QLatin1String("Email: ")), qPrintable(malformed.err));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), users);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.create'")), creates);
}

void tst_UserCli::unknownTenantIsRefused()
{
    const qint64 users = count(QStringLiteral("SELECT count(*) FROM users"));
    const CliRun run = runUser(create(QStringLiteral("lost@nowhere.test"), QStringLiteral("no-such-tenant")),
                               firstPassword + QLatin1Char('\n'));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("afadmin-cli user: Tenant: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("no-such-tenant")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), users);
}

void tst_UserCli::badNewPasswordIsRefused()
{
    const qint64 users = count(QStringLiteral("SELECT count(*) FROM users"));
    const QList<QString> inputs = {QString(), QStringLiteral("\n"), QStringLiteral("short\n"), QString(73, QLatin1Char('x'))};
    for (const QString &input : inputs) {
        const CliRun run = runUser(create(QStringLiteral("weak@acme.test")), input);
        QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("afadmin-cli user: Password: ")), qPrintable(run.err));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), users);
}

void tst_UserCli::operatorMustSignInWithWriteAccess()
{
    const qint64 users = count(QStringLiteral("SELECT count(*) FROM users"));
    const qint64 failures = count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.sign_in' AND "
                                                 "CAST(details AS TEXT) LIKE '%wrong_password%'"));
    const CliRun wrong = runUser(create(QStringLiteral("w1@acme.test"), QStringLiteral("acme"), QStringLiteral("ops@acme.test")),
                                 firstPassword + QLatin1Char('\n'), QStringLiteral("Not-Ops-Password"));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QLatin1String("Wrong email or password.")), qPrintable(wrong.err));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.sign_in' AND "
                                  "CAST(details AS TEXT) LIKE '%wrong_password%'")), failures + 1);

    const CliRun unknown = runUser(create(QStringLiteral("w2@acme.test"), QStringLiteral("acme"), QStringLiteral("ghost@acme.test")),
                                   firstPassword + QLatin1Char('\n'));
    QCOMPARE(unknown.exitCode, 2);

    const CliRun support = runUser(create(QStringLiteral("w3@acme.test"), QStringLiteral("acme"),
                                          QStringLiteral("support@agentfactory.test")),
                                   firstPassword + QLatin1Char('\n'), QStringLiteral("Support-Demo-1"));
    QCOMPARE(support.exitCode, 2);
    QVERIFY2(support.err.contains(QLatin1String("may only read")), qPrintable(support.err));
    // Neither the tenant nor the email was looked at for them: an unknown tenant says the same.
    const CliRun probing = runUser(create(QStringLiteral("w4@acme.test"), QStringLiteral("no-such-tenant"),
                                          QStringLiteral("support@agentfactory.test")),
                                   firstPassword + QLatin1Char('\n'), QStringLiteral("Support-Demo-1"));
    QCOMPARE(probing.exitCode, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), users);
}

void tst_UserCli::noOperatorPasswordAndNoTerminal()
{
    const CliRun run = runUser(create(QStringLiteral("n1@acme.test")), firstPassword + QLatin1Char('\n'), QString());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("AFADMIN_OPERATOR_PASSWORD")), qPrintable(run.err));
    QVERIFY(userByEmail(QStringLiteral("n1@acme.test")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_UserCli)
#include "tst_usercli.moc"
