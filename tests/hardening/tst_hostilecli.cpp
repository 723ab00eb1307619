#include "cli/clicommand.h"
#include "clirunner.h"
#include "hardeningreport.h"
#include "hostilecorpus.h"
#include "hostilestate.h"
#include "passwordhasher.h"
#include "rowstatements.h"
#include "schema.h"
#include "tablefilterfixture.h"
#include "tablefilterreference.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <unistd.h>

// Issue 8, hostile input on the command line: every case of HostileCorpus given to every
// afadmin-cli option that takes a value — check-schema --database-url; demo --output, --seed,
// --anchor-date; seed's row counts and --seed; export --table, --where (as the column and as
// a text, number and datetime value), --format, --output; user create --email, --tenant,
// --roles, --operator; user set-password --email, --operator.
//
// Every case runs through the command's own entry point in this process (the function
// afadmin-cli's main() calls with its arguments; the same parsing, checks and database code),
// so 300 cases times 21 options fit the time; every 10th case also runs as a real afadmin-cli
// process, through argv (the 1 MiB case cut to 100,000 characters there: Linux takes at most
// 128 KiB in one argument, and argv cannot carry a NUL). A run exits 1 or 2 with a message on
// standard error that names the option or field and holds no driver text, or — where the value
// is a legal one (a file name, an email, a role) — exits 0 having done exactly that, verified.
// After each option the database differs from before only by those verified writes and the
// operator's sign-in audit rows; the schema never changes.

namespace {

const QString operatorEmail = "cli-operator@hostile.test";
const QString operatorPassword = "Operator-Pass-1";
const QString newPassword = "Hostile-Pass-1";
const QString operatorId = "93000000-0000-4000-8000-000000000001";

enum class Success {
    Never,        // the value can never be a good one here: exit 1 or 2
    File,         // a file written at exactly the path given (export --output)
    ExportRows,   // exported rows equal to the reference (export --where with a value)
    UserCreated,  // a user with exactly this email / these roles, and its admin.create row
    Seeded,       // exactly the rows asked for
    DemoFile,     // a legal seed or date: the demo database at exactly the --output path
    PasswordSet,  // the email is a user's (one made by an earlier run): its new bcrypt hash and audit row
};

struct Surface
{
    QString name;
    QString command;
    // The arguments after the command for one value; n makes emails and paths unique.
    std::function<QStringList(const QString &value, int n)> arguments;
    QStringList names;  // one of these must be in a refusal's message (the option or field)
    Success success = Success::Never;
    bool user = false;  // takes the new password on standard input, the operator's in the environment
    QString part;       // which test run takes it (AFADMIN_HOSTILE_CLI_PART): commands, create, password
    // For the real processes, when they differ (a landing user where the in-process pass stops early).
    std::function<QStringList(const QString &value, int n)> sampleArguments = {};
    int stride = 1;          // in process: every case, or (operator) every stride-th
    int processStride = 15;  // as a real process: every processStride-th case
    bool outputExists = false;  // demo: the --output file is made first (see surfaces())
};

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class tst_HostileCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void options_data();
    void options();
    void realProcesses_data();
    void realProcesses();
    void demoWithAHostileNameWritesExactlyThere();
    void report();

private:
    QList<Surface> surfaces() const;
    QList<Surface> mySurfaces() const;
    bool insert(const QString &table, const QVariantMap &values);
    Outcome runInProcess(const Surface &s, const QStringList &arguments);
    Outcome runProcess(const Surface &s, const QStringList &arguments);
    // Checks one run; created users' ids are added to m_created.
    void judge(const Surface &s, const HostileCase &c, const QString &value, const QStringList &arguments,
               const Outcome &o, const QString &how);
    // The changes since before, less the writes this surface was allowed to make.
    QString unexplained(const HostileState::Rows &before, const HostileState::Rows &after, qint64 seededRows) const;
    QString failureSummary() const;
    static void makeOutput(const QStringList &arguments);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TableFilterReference> m_ref;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_deep;  // a folder four levels down in m_dir: ../../ stays inside
    QByteArray m_schema;
    QStringList m_failures;
    QSet<QString> m_created;  // users created by accepted runs
    QSet<QString> m_passwordSet;  // users whose password an accepted run set
    qint64 m_seeded = 0;      // rows an accepted seed run added
    QElapsedTimer m_clock;

    int m_inputs = 0;
    int m_inProcess = 0;
    int m_processes = 0;
    int m_refused = 0;
    int m_accepted = 0;
    int m_injections = 0;
    int m_rawErrors = 0;
    int m_unnamed = 0;
    QSet<QString> m_options;
};

bool tst_HostileCli::insert(const QString &table, const QVariantMap &values)
{
    const TableSpec &spec = *Schema::table(table);
    QStringList columns;
    QVariantList bound;
    for (const ColumnSpec &c : spec.columns) {
        if (c.autoIncrement)
            continue;
        columns.append(c.name);
        bound.append(ValueCodec::toStorage(c, values.contains(c.name) ? values.value(c.name) : ValueCodec::defaultFor(c)));
    }
    QSqlQuery q(m_db->db());
    q.prepare(RowStatements(spec, m_db->backend()).insert(columns));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
    return !q.lastError().isValid();
}

void tst_HostileCli::initTestCase()
{
    m_clock.start();
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QVERIFY(m_db->db().transaction());
    const QString error = TableFilterFixture::populate(m_db->db(), m_db->backend());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_db->db().commit());
    // The operator signs in for every user command: a bcrypt cost of 4 keeps 600 sign-ins quick
    // (the cost is the stored hash's own; what is checked is the same).
    QVERIFY(insert("users", {{"id", operatorId}, {"email", operatorEmail},
                             {"hashed_password", PasswordHasher::hash(operatorPassword, 4)},
                             {"is_superuser", true}, {"tenant_id", TableFilterFixture::tenantId(0)}}));
    QString readError;
    const RefTables rows = TableFilterFixture::readAll(m_db->db(), &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    bool foldsUnicode = false;
    if (m_db->backend() == Backend::PostgreSQL) {
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec("SELECT lower('Ü') = 'ü'") && q.next());
        foldsUnicode = q.value(0).toBool();
    }
    m_ref = std::make_unique<TableFilterReference>(rows, m_db->backend(), foldsUnicode);
    m_url = m_db->url();
    m_deep = m_dir.filePath("a/b/c/d");
    QVERIFY(QDir().mkpath(m_deep));
    QVERIFY(QDir().mkpath(m_dir.filePath("demo")));
    QVERIFY(QDir().mkpath(m_dir.filePath("export")));
    m_schema = HostileState::schemaChecksum(m_db->db());
    QVERIFY(!m_schema.isEmpty());
    qputenv("AFADMIN_OPERATOR_PASSWORD", operatorPassword.toUtf8());
}

QList<Surface> tst_HostileCli::surfaces() const
{
    const QString url = m_url;
    const QString deep = m_deep;
    const QString demoDir = m_dir.filePath("demo");
    const QString exportDir = m_dir.filePath("export");
    auto out = [exportDir](int n) { return QString("%1/out-%2.jsonl").arg(exportDir).arg(n); };
    const QString tenant = "t-0";
    const QStringList user = {"--password-stdin", "--database-url", url};
    auto where = [url, out](const QString &condition, int n) {
        return QStringList{"--database-url", url, "--table", "audit_logs", "--where", condition, "--output", out(n)};
    };
    const QStringList signInWords = {"operator", "email or password", "sign-in", "sign in", "password"};
    QList<Surface> all = {
        {"check-schema --database-url", "check-schema", [](const QString &v, int) { return QStringList{"--database-url", v}; },
         {"URL", "database"}, Success::Never, false, "commands"},
        // A hostile name that is a legal file name would make a demo (seconds each): each path
        // is made to exist first, so demo refuses it by name; one real demo runs below.
        {"demo --output", "demo", [deep](const QString &v, int) { return QStringList{"--output", deep + "/" + v}; },
         {"--output", "exists", "directory", "folder", "Cannot create", "file name"}, Success::Never, false, "commands"},
        {"demo --seed", "demo", [demoDir](const QString &v, int n) {
             return QStringList{"--output", QString("%1/seed-%2.db").arg(demoDir).arg(n), "--seed", v}; },
         {"seed"}, Success::DemoFile, false, "commands"},
        {"demo --anchor-date", "demo", [demoDir](const QString &v, int n) {
             return QStringList{"--output", QString("%1/anchor-%2.db").arg(demoDir).arg(n), "--anchor-date", v}; },
         {"anchor date"}, Success::DemoFile, false, "commands"},
        {"seed --audit-logs", "seed", [url](const QString &v, int) { return QStringList{"--database-url", url, "--audit-logs", v}; },
         {"--audit-logs"}, Success::Seeded, false, "commands"},
        {"seed --executions", "seed", [url](const QString &v, int) { return QStringList{"--database-url", url, "--executions", v}; },
         {"--executions"}, Success::Seeded, false, "commands"},
        {"seed --usage-records", "seed", [url](const QString &v, int) { return QStringList{"--database-url", url, "--usage-records", v}; },
         {"--usage-records"}, Success::Seeded, false, "commands"},
        {"seed --seed", "seed", [url](const QString &v, int) {
             return QStringList{"--database-url", url, "--audit-logs", "1", "--seed", v}; },
         {"seed"}, Success::Seeded, false, "commands"},
        {"export --table", "export", [url, out](const QString &v, int n) {
             return QStringList{"--database-url", url, "--table", v, "--output", out(n)}; },
         {"table"}, Success::Never, false, "commands"},
        {"export --where column", "export", [where](const QString &v, int n) { return where(v, n); },
         {"--where", "column"}, Success::Never, false, "commands"},
        {"export --where text value", "export", [where](const QString &v, int n) { return where("action=" + v, n); },
         {"action"}, Success::ExportRows, false, "commands"},
        {"export --where number value", "export", [where](const QString &v, int n) { return where("id=" + v, n); },
         {"id:"}, Success::ExportRows, false, "commands"},
        {"export --where datetime value", "export", [where](const QString &v, int n) { return where("created_at=" + v, n); },
         {"created_at"}, Success::ExportRows, false, "commands"},
        {"export --format", "export", [url, out](const QString &v, int n) {
             return QStringList{"--database-url", url, "--table", "tenants", "--format", v, "--output", out(n)}; },
         {"--format"}, Success::Never, false, "commands"},
        {"export --output", "export", [url, deep](const QString &v, int) {
             return QStringList{"--database-url", url, "--table", "tenants", "--format", "jsonl", "--output", deep + "/" + v}; },
         {"Cannot", "write", "create", "output"}, Success::File, false, "commands"},
        {"user create --email", "user", [tenant, user](const QString &v, int) {
             return QStringList{"create", "--email", v, "--tenant", tenant, "--operator", operatorEmail} + user; },
         {"Email", "--email"}, Success::UserCreated, true, "create"},
        {"user create --tenant", "user", [user](const QString &v, int n) {
             return QStringList{"create", "--email", QString("tenant-%1@hostile.test").arg(n), "--tenant", v,
                                "--operator", operatorEmail} + user; },
         {"Tenant", "--tenant"}, Success::UserCreated, true, "create"},
        // Every role is a legal value, and each landing user costs a bcrypt hash (cost 12, a
        // quarter second): in process the email is refused, so the roles are judged by the
        // validator beside it and must not be named; every 10th case lands a user, in a process.
        {"user create --roles", "user", [tenant, user](const QString &v, int n) {
             return QStringList{"create", "--email", QString("no email %1").arg(n), "--tenant", tenant,
                                "--roles", v, "--operator", operatorEmail} + user; },
         {"Email"}, Success::Never, true, "create", [tenant, user](const QString &v, int n) {
             return QStringList{"create", "--email", QString("roles-%1@hostile.test").arg(n), "--tenant", tenant,
                                "--roles", v, "--operator", operatorEmail} + user; }},
        {"user create --operator", "user", [tenant, user](const QString &v, int n) {
             return QStringList{"create", "--email", QString("op-%1@hostile.test").arg(n), "--tenant", tenant,
                                "--operator", v} + user; },
         signInWords, Success::Never, true, "create"},
        {"user set-password --email", "user", [user](const QString &v, int) {
             return QStringList{"set-password", "--email", v, "--operator", operatorEmail} + user; },
         {"Email", "--email"}, Success::PasswordSet, true, "password"},
        {"user set-password --operator", "user", [user](const QString &v, int) {
             return QStringList{"set-password", "--email", "user1@example.com", "--operator", v} + user; },
         signInWords, Success::Never, true, "password"},
    };
    for (Surface &surface : all) {
        // An unknown operator costs a bcrypt verification against a stand-in hash (cost 12),
        // by design, so no answer tells whether the email exists: 340 of them would take
        // minutes. These two options take every 8th case.
        if (surface.name.endsWith("--operator")) {
            surface.part = "operator";
            surface.stride = 8;
            surface.processStride = 40;
        } else if (surface.user) {
            surface.processStride = 20;
        }
        // A demo takes seconds: its --output is made to exist first, so a good seed or date
        // ends at "already exists" (exit 2) once read, and a hostile name is refused by name.
        surface.outputExists = surface.command == "demo";
    }
    return all;
}

QList<Surface> tst_HostileCli::mySurfaces() const
{
    // AFADMIN_HOSTILE_CLI_PART splits the options over test runs that each keep under 90 s.
    const QString part = qEnvironmentVariable("AFADMIN_HOSTILE_CLI_PART");
    QList<Surface> mine;
    for (const Surface &s : surfaces()) {
        if (part.isEmpty() || s.part == part)
            mine.append(s);
    }
    return mine;
}

Outcome tst_HostileCli::runInProcess(const Surface &s, const QStringList &arguments)
{
    ++m_inProcess;
    const CliCommand *command = nullptr;
    for (const CliCommand &c : CliCommands::all()) {
        if (QLatin1String(c.name) == s.command)
            command = &c;
    }
    Outcome o;
    if (!command)
        return o;
    // Standard input holds the new password's line, as afadmin-cli reads it (byte by byte).
    int savedStdin = -1;
    if (s.user) {
        int fds[2];
        if (::pipe(fds) != 0)
            return o;
        const QByteArray line = (newPassword + "\n").toUtf8();
        [[maybe_unused]] const ssize_t written = ::write(fds[1], line.constData(), size_t(line.size()));
        ::close(fds[1]);
        savedStdin = ::dup(STDIN_FILENO);
        ::dup2(fds[0], STDIN_FILENO);
        ::close(fds[0]);
    }
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = command->run(QStringList{"afadmin-cli"} + arguments, out, err);
    out.flush();
    err.flush();
    if (savedStdin >= 0) {
        ::dup2(savedStdin, STDIN_FILENO);
        ::close(savedStdin);
    }
    return o;
}

Outcome tst_HostileCli::runProcess(const Surface &s, const QStringList &arguments)
{
    ++m_processes;
    CliInput input;
    input.standardInput = s.user ? newPassword + "\n" : QString();
    input.environment = {{"AFADMIN_OPERATOR_PASSWORD", operatorPassword}};
    input.timeoutMs = 60000;
    QStringList args = arguments;
    for (QString &a : args)
        a.truncate(100000);
    const CliRun run = runCli(s.command, args, input);
    return {run.exitCode, run.out, run.err};
}

void tst_HostileCli::judge(const Surface &s, const HostileCase &c, const QString &value, const QStringList &arguments,
                           const Outcome &o, const QString &how)
{
    ++m_inputs;
    m_options.insert(s.name);
    const QString where = s.name + " / " + c.name + " (" + how + "): ";
    const QString marker = HostileCorpus::rawDriverText(o.out + "\n" + o.err, value);
    if (!marker.isEmpty()) {
        ++m_rawErrors;
        m_failures.append(where + "driver text (" + marker + "): " + o.err.left(300));
    }
    if (s.sampleArguments && how == "in process" && o.err.contains("Roles:")) {
        ++m_injections;
        m_failures.append(where + "a legal role was refused: " + o.err.left(300));
    }
    if (s.success == Success::DemoFile && o.code == 2 && o.err.contains("already exists")) {
        // The value was read and taken; the command stopped at the file made beforehand.
        ++m_accepted;
        if (QFileInfo(arguments.at(arguments.indexOf("--output") + 1)).size() != 0)
            m_failures.append(where + "the existing file was replaced");
        return;
    }
    if (o.code == 1 || o.code == 2) {
        ++m_refused;
        bool named = false;
        for (const QString &n : s.names)
            named = named || o.err.contains(n, Qt::CaseInsensitive);
        if (!named) {
            ++m_unnamed;
            m_failures.append(where + QString("exit %1 without naming the option: ").arg(o.code) + o.err.left(300));
        }
        return;
    }
    if (o.code != 0 || s.success == Success::Never) {
        ++m_injections;
        m_failures.append(where + QString("exit %1: ").arg(o.code) + (o.err + o.out).left(300));
        return;
    }
    ++m_accepted;
    auto fail = [&](const QString &why) {
        ++m_injections;
        m_failures.append(where + "exit 0, but " + why);
    };
    switch (s.success) {
    case Success::Never:
        break;
    case Success::File: {
        const QString path = arguments.last();
        if (!QFileInfo(path).isFile())
            fail("no file at " + path.left(200));
        else if (!QFileInfo(path).absoluteFilePath().startsWith(m_dir.path()))
            fail("the file went outside the folder given");
        QFile::remove(path);
        break;
    }
    case Success::ExportRows: {
        const QString where = arguments.at(arguments.indexOf("--where") + 1);
        const int equals = int(where.indexOf('='));
        const QString column = where.left(equals);
        const QString text = where.mid(equals + 1);
        ColumnFilter f;
        f.column = column;
        if (text.isEmpty()) {
            f.op = ColumnFilter::Op::IsEmpty;
        } else if (column == "created_at") {
            f.op = ColumnFilter::Op::Between;
            f.value = text;
            f.value2 = text;
        } else {
            f.op = ColumnFilter::Op::Equals;
            f.value = text;
        }
        FilterSet set;
        set.filters.append(f);
        const QSet<QString> want = m_ref->ids(*Schema::table("audit_logs"), set);
        QFile file(arguments.last());
        QSet<QString> got;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    got.insert(QJsonDocument::fromJson(line).object().value("id").toVariant().toString());
            }
        }
        file.remove();
        if (got != want)
            fail(QString("exported %1 rows, the reference picks %2").arg(got.size()).arg(want.size()));
        break;
    }
    case Success::UserCreated: {
        const QString id = o.out.trimmed();
        QSqlQuery q(m_db->db());
        q.prepare("SELECT email, roles FROM users WHERE id = ?");
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            fail("no user " + id);
            break;
        }
        m_created.insert(id);
        const QString email = arguments.at(arguments.indexOf("--email") + 1).trimmed();
        if (q.value(0).toString() != email)
            fail("the email was stored as \"" + q.value(0).toString().left(100) + "\"");
        const int rolesAt = int(arguments.indexOf("--roles"));
        QStringList roles;
        if (rolesAt >= 0) {
            for (const QString &role : arguments.at(rolesAt + 1).split(','))
                if (!role.trimmed().isEmpty())
                    roles.append(role.trimmed());
        }
        const QJsonArray stored = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        QStringList storedRoles;
        for (const QJsonValue &r : stored)
            storedRoles.append(r.toString());
        if (storedRoles != roles)
            fail("the roles were stored as " + q.value(1).toString().left(200));
        QSqlQuery a(m_db->db());
        a.prepare("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.create' AND resource_id = ? AND user_id = ?");
        a.addBindValue(id);
        a.addBindValue(operatorId);
        if (!a.exec() || !a.next() || a.value(0).toInt() != 1)
            fail("no admin.create audit row by the operator");
        break;
    }
    case Success::DemoFile: {
        const QString path = arguments.at(arguments.indexOf("--output") + 1);
        if (!QFileInfo(path).isFile())
            fail("no demo database at " + path);
        QFile::remove(path);
        break;
    }
    case Success::PasswordSet: {
        QSqlQuery q(m_db->db());
        q.prepare("SELECT id, hashed_password FROM users WHERE lower(email) = lower(?)");
        q.addBindValue(arguments.at(arguments.indexOf("--email") + 1).trimmed());
        if (!q.exec() || !q.next() || !PasswordHasher::verify(newPassword, q.value(1).toString())) {
            fail("the user's password is not the new one");
            break;
        }
        m_passwordSet.insert(q.value(0).toString());
        break;
    }
    case Success::Seeded:
        // What the command asked the seeder for: its count, or one row beside a --seed.
        m_seeded += s.name == "seed --seed" ? 1 : value.toLongLong();
        break;
    }
}

QString tst_HostileCli::unexplained(const HostileState::Rows &before, const HostileState::Rows &after, qint64 seededRows) const
{
    QStringList why;
    qint64 addedBig = 0;
    for (const HostileState::Change &c : HostileState::differences(before, after)) {
        using K = HostileState::Change::Kind;
        if (c.kind == K::Added && c.table == "users" && m_created.contains(c.key))
            continue;
        if (c.kind == K::Changed && c.table == "users" && m_passwordSet.contains(c.key))
            continue;
        if (c.kind == K::Added && c.table == "audit_logs") {
            QSqlQuery q(m_db->db());
            q.prepare("SELECT event_type, resource_id FROM audit_logs WHERE id = ?");
            q.addBindValue(c.key.toLongLong());
            if (q.exec() && q.next()) {
                const QString event = q.value(0).toString();
                const QString resource = q.value(1).toString();
                if (event == "admin.sign_in" || (event == "admin.create" && m_created.contains(resource))
                    || (event == "admin.update" && m_passwordSet.contains(resource)))
                    continue;
            }
        }
        if (c.kind == K::Added && (c.table == "audit_logs" || c.table == "executions" || c.table == "usage_records")
            && seededRows > 0) {
            ++addedBig;
            continue;
        }
        why.append(HostileState::describe({c}));
    }
    if (addedBig != seededRows)
        why.append(QString("%1 rows seeded where %2 were asked for").arg(addedBig).arg(seededRows));
    return why.mid(0, 10).join('\n');
}

QString tst_HostileCli::failureSummary() const
{
    QString text = m_failures.mid(0, 25).join('\n');
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != '\n')
            c = QChar(0x2400 + c.unicode());  // a NUL would end the message
    }
    return QString("%1 failure(s):\n%2").arg(m_failures.size()).arg(text);
}

void tst_HostileCli::makeOutput(const QStringList &arguments)
{
    // Where the name can be made at all: demo must then refuse to replace it.
    QFile existing(arguments.at(arguments.indexOf("--output") + 1));
    if (existing.open(QIODevice::WriteOnly))
        existing.close();
}

void tst_HostileCli::options_data()
{
    QTest::addColumn<int>("surface");
    const QList<Surface> all = mySurfaces();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void tst_HostileCli::options()
{
    QFETCH(int, surface);
    const Surface s = mySurfaces().at(surface);
    m_failures.clear();
    m_seeded = 0;
    QElapsedTimer clock;
    clock.start();
    const HostileState::Rows before = HostileState::rows(m_db->db());
    QVERIFY(!before.isEmpty());
    int n = surface * 1000;
    const QList<HostileCase> &all = HostileCorpus::all();
    for (int i = 0; i < all.size(); i += s.stride) {
        const HostileCase &c = all.at(i);
        ++n;
        const QStringList arguments = s.arguments(c.text, n);
        if (s.outputExists)
            makeOutput(arguments);
        judge(s, c, c.text, arguments, runInProcess(s, arguments), "in process");
    }
    const HostileState::Rows after = HostileState::rows(m_db->db());
    const QString changes = unexplained(before, after, m_seeded);
    if (!changes.isEmpty()) {
        ++m_injections;
        m_failures.append(s.name + ": the database changed beyond the accepted runs:\n" + changes);
    }
    if (HostileState::schemaChecksum(m_db->db()) != m_schema) {
        ++m_injections;
        m_failures.append(s.name + ": the schema changed");
    }
    qInfo("%s: %lld ms", qPrintable(s.name), clock.elapsed());
    QVERIFY2(m_failures.isEmpty(), qPrintable(failureSummary()));
}

void tst_HostileCli::realProcesses_data()
{
    options_data();
}

void tst_HostileCli::realProcesses()
{
    // Every 10th case through a real afadmin-cli process: argv's bytes, exit codes, stderr.
    QFETCH(int, surface);
    Surface s = mySurfaces().at(surface);
    if (s.sampleArguments) {
        s.arguments = s.sampleArguments;
        s.success = Success::UserCreated;
        s.names = {"Roles"};
    }
    m_failures.clear();
    m_seeded = 0;
    const HostileState::Rows before = HostileState::rows(m_db->db());
    int n = 500 + surface * 1000;
    const QList<HostileCase> &all = HostileCorpus::all();
    for (int i = surface % s.processStride; i < all.size(); i += s.processStride) {
        ++n;
        const HostileCase &c = all.at(i);
        // What argv can carry: no NUL, at most 128 KiB in one argument.
        QString sent = c.text.left(100000);
        if (sent.contains(QChar(0)))
            sent.truncate(sent.indexOf(QChar(0)));
        const QStringList arguments = s.arguments(sent, n);
        if (s.outputExists)
            makeOutput(arguments);
        judge(s, c, sent, arguments, runProcess(s, arguments), "process");
    }
    const HostileState::Rows after = HostileState::rows(m_db->db());
    const QString changes = unexplained(before, after, m_seeded);
    if (!changes.isEmpty()) {
        ++m_injections;
        m_failures.append(s.name + ": the database changed beyond the accepted runs:\n" + changes);
    }
    QVERIFY2(m_failures.isEmpty(), qPrintable(failureSummary()));
}

void tst_HostileCli::demoWithAHostileNameWritesExactlyThere()
{
    // A legal but hostile file name makes a demo database at exactly that name, nowhere else.
    if (!qEnvironmentVariable("AFADMIN_HOSTILE_CLI_PART", "commands").startsWith("commands"))
        return;  // the commands part runs it
    const QString path = m_dir.filePath("demo/' OR '1'='1; DROP TABLE users; --.db");
    const CliRun run = runCli("demo", {"--output", path, "--seed", "7", "--anchor-date", "2026-01-01"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY(HostileCorpus::rawDriverText(run.out + run.err, QString()).isEmpty());
}

void tst_HostileCli::report()
{
    const bool schemaSame = HostileState::schemaChecksum(m_db->db()) == m_schema;
    HardeningReport::record("hostile-input", QJsonObject{
        {"part", "afadmin-cli options: " + qEnvironmentVariable("AFADMIN_HOSTILE_CLI_PART", "all")},
        {"cases", int(HostileCorpus::all().size())},
        {"options", int(m_options.size())},
        {"inputs", m_inputs},
        {"in_process_runs", m_inProcess},
        {"process_runs", m_processes},
        {"refused_exit_1_or_2", m_refused},
        {"refused_without_naming_the_option", m_unnamed},
        {"accepted_and_verified", m_accepted},
        {"injections", m_injections + (schemaSame ? 0 : 1)},
        {"raw_errors", m_rawErrors},
        {"schema_unchanged", schemaSame},
        {"seconds", qRound(m_clock.elapsed() / 100.0) / 10.0},
    });
    qInfo("hostile cli: %d inputs on %d options (%d in process, %d processes), %d refused, %d accepted, "
          "%d injections, %d raw errors, %d unnamed, %.1f s",
          m_inputs, int(m_options.size()), m_inProcess, m_processes, m_refused, m_accepted, m_injections, m_rawErrors,
          m_unnamed, m_clock.elapsed() / 1000.0);
    QVERIFY(schemaSame);
    QCOMPARE(m_injections, 0);
    QCOMPARE(m_rawErrors, 0);
    QCOMPARE(m_unnamed, 0);
}

QTEST_GUILESS_MAIN(tst_HostileCli)
#include "tst_hostilecli.moc"
