// For the SQLAlchemy round trip (tests/python, check "writeeverytable"): creates a copy of the
// first row of every writable table through RecordWriter, as the demo's admin, then edits one
// value of each copy, so both the create and the update path have written a row of each table.
// Prints one line per table: "table id"; the API key's line also carries the key that was issued
// ("api_keys id afk_…"), so the check can hash it as the platform would. Exit 1 on the first
// refusal or failure.
#include "apikey.h"
#include "connectionsettings.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include "localaddress.h"
#include "recordwriter.h"
#include "schema.h"
#include "valuecodec.h"
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

namespace {

// Unique columns must differ from the row copied; the rest is copied as it is.
QVariantMap copyOf(const TableSpec &table, QVariantMap row)
{
    if (table.name == QLatin1String("tenants"))
        row.insert(QStringLiteral("slug"), QStringLiteral("written-by-afadmin"));
    if (table.name == QLatin1String("users"))
        row.insert(QStringLiteral("email"), QStringLiteral("written.by.afadmin@acme.test"));
    if (table.name == QLatin1String("executions"))  // a copy is created now: it completes after that
        row.insert(QStringLiteral("completed_at"), ValueCodec::nowUtc().addSecs(2));
    return row;
}

// One edit per table, of a type that exercises the codec: text, JSON, a number, a datetime.
void edit(const TableSpec &table, QVariantMap &row)
{
    for (const char *name : {"name", "description", "error", "event_type", "billing_unit"}) {
        const ColumnSpec *column = table.column(QLatin1String(name));
        if (column && column->choices.isEmpty()) {
            row.insert(column->name, row.value(column->name).toString() + QStringLiteral(" (edited \u00e9)"));
            return;
        }
    }
    if (table.hasColumn(QStringLiteral("roles")))
        row.insert(QStringLiteral("roles"), QStringLiteral("[\"viewer\", \"r\u00f4le \\\"quoted\\\"\"]"));
    else if (table.hasColumn(QStringLiteral("quantity")))
        row.insert(QStringLiteral("quantity"), row.value(QStringLiteral("quantity")).toDouble() + 0.5);
    else if (table.hasColumn(QStringLiteral("current_period_end")))
        row.insert(QStringLiteral("current_period_end"), row.value(QStringLiteral("current_period_end")).toDateTime().addDays(30));
    else if (table.hasColumn(QStringLiteral("status")))
        row.insert(QStringLiteral("status"), table.column(QStringLiteral("status"))->choices.last());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const DatabaseUrl::Parsed parsed = DatabaseUrl::parse(app.arguments().value(1));
    if (!parsed.settings) {
        err << "usage: writeeverytable DATABASE_URL\n";
        return 2;
    }
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("writeeverytable")));
    if (!connection.open(*parsed.settings).ok()) {
        err << "cannot open the database\n";
        return 2;
    }
    QSqlDatabase db = connection.database();
    QSqlQuery admin(db);
    admin.exec(QStringLiteral("SELECT id FROM users WHERE email = 'admin@agentfactory.test'"));
    WriteContext context;
    context.op = {admin.next() ? admin.value(0).toString() : QString(), QStringLiteral("admin@agentfactory.test"),
                  OperatorIdentity::Access::Write};
    context.reason = QStringLiteral("SQLAlchemy round trip");
    context.ipAddress = LocalAddress::primary();
    RecordWriter writer(db, context);
    for (const TableSpec &table : Schema::tables()) {
        if (table.name == QLatin1String("audit_logs"))
            continue;  // written by every save below
        QSqlQuery first(db);
        first.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1 LIMIT 1").arg(table.primaryKey().name, table.name));
        const QVariantMap source = first.next() ? RecordWriter::load(db, table, first.value(0)) : QVariantMap();
        QVariantMap values = copyOf(table, source);
        QVariantMap notes;
        ApiKey key;
        if (table.name == QLatin1String("api_keys")) {  // issued as the key form issues one
            key = ApiKey::generate();
            values.insert(QStringLiteral("key_hash"), key.hash);
            notes.insert(QStringLiteral("key"), key.hint);
        }
        const RecordWriter::Result created = writer.create(table, values, notes);
        if (!created.ok()) {
            err << table.name << ": create: " << created.message << "\n";
            return 1;
        }
        QVariantMap edited = created.row;
        edit(table, edited);
        const RecordWriter::Result updated = writer.update(table, created.row, edited);
        if (updated.outcome != RecordWriter::Outcome::Written) {
            err << table.name << ": update: " << updated.message << "\n";
            return 1;
        }
        out << table.name << ' ' << created.row.value(table.primaryKey().name).toString();
        if (!key.secret.isEmpty())
            out << ' ' << key.secret;
        out << '\n';
    }
    return 0;
}
