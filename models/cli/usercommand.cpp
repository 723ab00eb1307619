#include "cli/clicommand.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include "localaddress.h"
#include "operatorauthenticator.h"
#include "passwordhasher.h"
#include "pythonjson.h"
#include "recordvalidator.h"
#include "recordwriter.h"
#include "schema.h"
#include <QCommandLineParser>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <termios.h>
#include <unistd.h>

// afadmin-cli user create | set-password: platform accounts written by a signed-in operator
// through the same write path (and audit rows) as the app's forms.
//
// Passwords never appear on the command line, where ps and shell histories would show them.
// The new user's password is the first line of standard input (--password-stdin). The
// operator's comes from AFADMIN_OPERATOR_PASSWORD or, as standard input is taken, from the
// controlling terminal (/dev/tty, echo off); without either, the command stops (exit 2).

namespace {

constexpr int MinPasswordLength = 8;

// One line from fd without its line end. When fd is a terminal the prompt goes to promptFd and
// echo is off while the person types. False when the input ended before any character.
bool readLine(int fd, int promptFd, const QByteArray &prompt, QByteArray *line)
{
    termios saved{};
    const bool terminal = isatty(fd) && tcgetattr(fd, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSADRAIN, &quiet);
        [[maybe_unused]] const ssize_t written = ::write(promptFd, prompt.constData(), size_t(prompt.size()));
    }
    bool any = false;
    for (char c = 0;;) {
        const ssize_t n = ::read(fd, &c, 1);  // byte by byte: nothing past the line is consumed
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n') {
            any = any || n > 0;
            break;
        }
        any = true;
        line->append(c);
    }
    if (terminal) {
        tcsetattr(fd, TCSADRAIN, &saved);
        [[maybe_unused]] const ssize_t written = ::write(promptFd, "\n", 1);
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return any;
}

class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    static constexpr char Name[] = "user";  // messages start "afadmin-cli user: "
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    enum class Action { Create, SetPassword };
    struct Options
    {
        Action action = Action::Create;
        QString email;
        QString tenantSlug;
        bool superuser = false;
        QStringList roles;
        QString operatorEmail;
    };

    static CliHelp overview();
    static CliHelp help(Action action);
    static int problem(QTextStream &err, const QString &message, int code);
    static int lookupFailed(const QSqlQuery &query, QTextStream &err);
    static std::optional<int> readNewPassword(const QString &email, QString *password, QTextStream &err);
    static std::optional<int> readOperatorPassword(const QString &operatorEmail, QString *password, QTextStream &err);
    static int create(const QSqlDatabase &db, const WriteContext &context, const Options &options,
                      const QString &password, QTextStream &out, QTextStream &err);
    static int setPassword(const QSqlDatabase &db, const WriteContext &context, const Options &options,
                           const QString &password, QTextStream &out, QTextStream &err);
    static int written(const RecordWriter::Result &result, QTextStream &err);
};

CliHelp UserCommand::overview()
{
    return {tr("Usage: afadmin-cli user (create | set-password) [OPTIONS]"),
            tr("Creates a platform account or sets its password, signed in as an operator with write access "
               "(a superuser or a user with the \"admin\" role). Every change leaves an audit_logs row naming the "
               "operator.\n\n"
               "  create        a new user of a tenant; prints the new user's id\n"
               "  set-password  a new password for an existing user\n\n"
               "Run afadmin-cli user create --help or afadmin-cli user set-password --help for the options.")};
}

CliHelp UserCommand::help(Action action)
{
    const QString passwords =
        tr("The new password is the first line of standard input (--password-stdin; at least %1 characters). The "
           "operator's password comes from the AFADMIN_OPERATOR_PASSWORD environment variable or, without it, is "
           "asked for on the terminal. Without --database-url, DATABASE_URL is used.\n\n"
           "Exit codes: 0 done, 1 a value was refused (the message names the field), 2 bad usage, no database "
           "connection, or the operator may not write.").arg(MinPasswordLength);
    if (action == Action::Create)
        return {tr("Usage: afadmin-cli user create --database-url URL --email E --tenant SLUG [--superuser] "
                   "[--roles a,b] --password-stdin --operator EMAIL"),
                tr("Creates a user of the tenant with the given slug and prints the new user's id.") + QStringLiteral("\n\n")
                    + passwords};
    return {tr("Usage: afadmin-cli user set-password --database-url URL --email E --password-stdin --operator EMAIL"),
            tr("Sets a new password for the user with the given email (matched ignoring case).") + QStringLiteral("\n\n")
                + passwords};
}

int UserCommand::problem(QTextStream &err, const QString &message, int code)
{
    CliCommands::printError(err, Name, message);
    return code;
}

int UserCommand::lookupFailed(const QSqlQuery &query, QTextStream &err)
{
    // The driver's text is for the log; the message says what it means for the command.
    qWarning("afadmin-cli user: %s", qPrintable(query.lastError().text()));
    return problem(err, tr("the database could not be read; nothing was changed."), 2);
}

std::optional<int> UserCommand::readNewPassword(const QString &email, QString *password, QTextStream &err)
{
    err.flush();
    QByteArray line;
    readLine(STDIN_FILENO, STDERR_FILENO, tr("New password for %1: ").arg(email).toLocal8Bit(), &line);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    if (password->isEmpty())
        return problem(err, tr("Password: give the new password as the first line of standard input."), 1);
    if (password->size() < MinPasswordLength)
        return problem(err, tr("Password: must be at least %1 characters long.").arg(MinPasswordLength), 1);
    if (password->toUtf8().size() > PasswordHasher::MaxPasswordBytes)
        return problem(err, tr("Password: must be at most %1 bytes long (bcrypt ignores the rest).")
                                .arg(PasswordHasher::MaxPasswordBytes), 1);
    return std::nullopt;
}

std::optional<int> UserCommand::readOperatorPassword(const QString &operatorEmail, QString *password, QTextStream &err)
{
    if (!qEnvironmentVariableIsEmpty("AFADMIN_OPERATOR_PASSWORD")) {
        *password = qEnvironmentVariable("AFADMIN_OPERATOR_PASSWORD");
        return std::nullopt;
    }
    // Standard input holds the new password, so the operator is asked on the terminal itself.
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return problem(err, tr("no terminal to ask the operator's password on: set AFADMIN_OPERATOR_PASSWORD."), 2);
    err.flush();
    QByteArray line;
    readLine(tty, tty, tr("Password of the operator %1: ").arg(operatorEmail).toLocal8Bit(), &line);
    ::close(tty);
    *password = QString::fromUtf8(line);
    line.fill('\0');
    return std::nullopt;
}

int UserCommand::written(const RecordWriter::Result &result, QTextStream &err)
{
    switch (result.outcome) {
    case RecordWriter::Outcome::Written:
    case RecordWriter::Outcome::Unchanged:
        return 0;
    case RecordWriter::Outcome::Refused:
        if (result.problems.isEmpty())
            return problem(err, result.message, 1);
        for (const FieldProblem &p : result.problems)
            CliCommands::printError(err, Name, p.message);
        return 1;
    case RecordWriter::Outcome::Conflict:
        return problem(err, result.message, 1);
    case RecordWriter::Outcome::Forbidden:
    case RecordWriter::Outcome::Failed:
        break;
    }
    return problem(err, result.message, 2);
}

int UserCommand::create(const QSqlDatabase &db, const WriteContext &context, const Options &options,
                        const QString &password, QTextStream &out, QTextStream &err)
{
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    QSqlQuery tenant(db);
    tenant.prepare(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"));
    tenant.addBindValue(options.tenantSlug);
    if (!tenant.exec())
        return lookupFailed(tenant, err);
    if (!tenant.next())
        return problem(err, tr("%1: no tenant has the slug \"%2\".").arg(users.column(QStringLiteral("tenant_id"))->displayLabel(),
                                                                        options.tenantSlug), 1);
    // Sign-in matches emails ignoring case, so an address differing only in case would make
    // both accounts unusable; the unique index only catches the exact spelling.
    QSqlQuery sameEmail(db);
    sameEmail.prepare(QStringLiteral("SELECT count(*) FROM users WHERE lower(email) = lower(?) AND email <> ?"));
    sameEmail.addBindValue(options.email);
    sameEmail.addBindValue(options.email);
    if (!sameEmail.exec() || !sameEmail.next())
        return lookupFailed(sameEmail, err);
    if (sameEmail.value(0).toLongLong() > 0)
        return problem(err, tr("%1: already used by another user (in a different case).")
                                .arg(users.column(QStringLiteral("email"))->displayLabel()), 1);

    nlohmann::ordered_json roles = nlohmann::ordered_json::array();
    for (const QString &role : options.roles)
        roles.push_back(role.toStdString());
    QVariantMap values = {{QStringLiteral("email"), options.email},
                          {QStringLiteral("is_superuser"), options.superuser},
                          {QStringLiteral("tenant_id"), tenant.value(0).toString()},
                          {QStringLiteral("roles"), QString::fromStdString(PythonJson::dumps(roles))}};
    // Values refused before bcrypt spends a quarter second on the password; a placeholder
    // stands in for the hash, which the writer checks again with everything else.
    QVariantMap unhashed = values;
    unhashed.insert(QStringLiteral("hashed_password"), QStringLiteral("-"));
    if (const FieldProblems problems = RecordValidator::checkValues(users, unhashed); !problems.isEmpty()) {
        for (const FieldProblem &p : problems)
            CliCommands::printError(err, Name, p.message);
        return 1;
    }
    const QString hash = PasswordHasher::hash(password, PasswordHasher::DefaultCost);
    if (hash.isEmpty())
        return problem(err, tr("the password could not be hashed."), 2);
    values.insert(QStringLiteral("hashed_password"), hash);
    RecordWriter writer(db, context);
    const RecordWriter::Result result = writer.create(users, values);
    if (const int code = written(result, err); code != 0)
        return code;
    out << result.row.value(QStringLiteral("id")).toString() << '\n';
    return 0;
}

int UserCommand::setPassword(const QSqlDatabase &db, const WriteContext &context, const Options &options,
                             const QString &password, QTextStream &out, QTextStream &err)
{
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    const QString emailLabel = users.column(QStringLiteral("email"))->displayLabel();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, email FROM users WHERE lower(email) = lower(?)"));
    q.addBindValue(options.email);
    if (!q.exec())
        return lookupFailed(q, err);
    QStringList ids;
    QString exact;
    while (q.next()) {
        ids.append(q.value(0).toString());
        if (q.value(1).toString() == options.email)
            exact = q.value(0).toString();
    }
    if (ids.isEmpty())
        return problem(err, tr("%1: no user has the email %2.").arg(emailLabel, options.email), 1);
    if (exact.isEmpty() && ids.size() > 1)
        return problem(err, tr("%1: several users have this email in different cases; give it exactly.").arg(emailLabel), 1);

    const QVariantMap loaded = RecordWriter::load(db, users, exact.isEmpty() ? ids.constFirst() : exact);
    if (loaded.isEmpty())
        return problem(err, tr("the user could not be read."), 2);
    const QString hash = PasswordHasher::hash(password, PasswordHasher::DefaultCost);
    if (hash.isEmpty())
        return problem(err, tr("the password could not be hashed."), 2);
    QVariantMap edited = loaded;
    edited.insert(QStringLiteral("hashed_password"), hash);
    RecordWriter writer(db, context);
    if (const int code = written(writer.update(users, loaded, edited), err); code != 0)
        return code;
    out << tr("Password changed for %1.").arg(loaded.value(QStringLiteral("email")).toString()) << '\n';
    return 0;
}

int UserCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        const CliHelp text = overview();
        out << text.usage << "\n\n" << text.description << '\n';
        return 0;
    }
    if (sub != QLatin1String("create") && sub != QLatin1String("set-password"))
        return CliCommands::usageError(err, Name, sub.isEmpty() ? tr("give create or set-password.")
                                                                : tr("unknown action \"%1\"; give create or set-password.").arg(sub));
    Options options;
    options.action = sub == QLatin1String("create") ? Action::Create : Action::SetPassword;
    const bool creating = options.action == Action::Create;

    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       tr("The database (SQLAlchemy form); default: DATABASE_URL."), tr("url"));
    const QCommandLineOption emailOption(QStringLiteral("email"), tr("The user's email address."), tr("email"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), tr("The slug of the user's tenant."), tr("slug"));
    const QCommandLineOption superuserOption(QStringLiteral("superuser"), tr("Make the user a superuser."));
    const QCommandLineOption rolesOption(QStringLiteral("roles"), tr("The user's roles, separated by commas."), tr("a,b"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         tr("Read the new password from the first line of standard input."));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), tr("The email of the operator making the change."),
                                            tr("email"));
    parser.addOptions({urlOption, emailOption});
    if (creating)
        parser.addOptions({tenantOption, superuserOption, rolesOption});
    parser.addOptions({stdinOption, operatorOption});
    QStringList rest = arguments;
    rest.removeAt(1);  // the action; the parser sees "afadmin-cli --options"
    if (const std::optional<int> done = CliCommands::parse(parser, rest, Name, help(options.action), out, err))
        return *done;

    const auto usageError = [&err](const QString &message) { return CliCommands::usageError(err, Name, message); };
    options.email = parser.value(emailOption).trimmed();
    options.operatorEmail = parser.value(operatorOption).trimmed();
    if (options.email.isEmpty())
        return usageError(tr("give the user's email with --email."));
    if (creating) {
        options.tenantSlug = parser.value(tenantOption).trimmed();
        if (options.tenantSlug.isEmpty())
            return usageError(tr("give the user's tenant with --tenant SLUG."));
        options.superuser = parser.isSet(superuserOption);
        for (const QString &role : parser.value(rolesOption).split(QLatin1Char(',')))
            if (!role.trimmed().isEmpty())
                options.roles.append(role.trimmed());
    }
    if (!parser.isSet(stdinOption))
        return usageError(tr("give the new password on standard input with --password-stdin."));
    if (options.operatorEmail.isEmpty())
        return usageError(tr("name the operator making the change with --operator EMAIL."));
    // No stored email or slug holds a NUL, and PostgreSQL's driver would cut the value short.
    for (const auto &[option, value] : {std::pair{QStringLiteral("--email"), options.email},
                                        std::pair{QStringLiteral("--tenant"), options.tenantSlug},
                                        std::pair{QStringLiteral("--operator"), options.operatorEmail}}) {
        if (value.contains(QChar(0)))
            return usageError(tr("%1 holds a NUL character, which no email or slug has.").arg(option));
    }
    const QString url = CliCommands::databaseUrlFrom(parser.value(urlOption));
    if (url.isEmpty())
        return usageError(tr("give --database-url URL or set DATABASE_URL."));
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed.settings)
        return usageError(parsed.error);

    QString password;
    if (const std::optional<int> code = readNewPassword(options.email, &password, err))
        return *code;
    QString operatorPassword;
    if (const std::optional<int> code = readOperatorPassword(options.operatorEmail, &operatorPassword, err))
        return *code;

    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("cli-user")));
    const auto opened = connection.open(*parsed.settings, DatabaseConnection::Mode::OpenExisting);
    if (!opened.ok())
        return problem(err, opened.message, 2);
    const QString address = LocalAddress::primary();
    OperatorAuthenticator authenticator(connection.database(), address);
    const OperatorAuthenticator::SignIn signIn = authenticator.signIn(options.operatorEmail, operatorPassword);
    operatorPassword.fill(QChar(0));
    if (!signIn.ok())
        return problem(err, signIn.message, 2);
    if (!signIn.identity.canWrite())
        return problem(err, tr("the operator %1 may only read; changing users needs a superuser or the \"admin\" role.")
                                .arg(options.operatorEmail), 2);

    WriteContext context;
    context.op = signIn.identity;
    context.ipAddress = address;
    const int code = creating ? create(connection.database(), context, options, password, out, err)
                              : setPassword(connection.database(), context, options, password, out, err);
    password.fill(QChar(0));
    return code;
}

} // namespace

int runUserCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return UserCommand::run(arguments, out, err);
}
