#include "demodatabase.h"
#include "batchinserter.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "democontent.h"
#include "schema.h"
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

DemoDatabase::DemoDatabase(quint32 seed, const QDate &anchorDate)
    : m_seed(seed)
    , m_anchorDate(anchorDate.isValid() ? anchorDate : defaultAnchorDate())
{
}

QList<DemoAccount> DemoDatabase::accounts()
{
    return {
        {DemoAccount::Kind::Superuser, QStringLiteral("admin@agentfactory.test"), QStringLiteral("Admin-Demo-1"),
         tr("Platform superuser (no tenant)")},
        {DemoAccount::Kind::Support, QStringLiteral("support@agentfactory.test"), QStringLiteral("Support-Demo-1"),
         tr("Platform support, role \"support\" (no tenant)")},
        {DemoAccount::Kind::TenantAdmin, QStringLiteral("ops@acme.test"), QStringLiteral("Ops-Demo-1"),
         tr("Tenant admin of Acme Corporation, role \"admin\"")},
    };
}

QString DemoDatabase::memberPassword()
{
    return QStringLiteral("Demo-User-1");
}

QDate DemoDatabase::defaultAnchorDate()
{
    return QDateTime::currentDateTimeUtc().date();
}

QStringList DemoDatabase::existingTables(const QSqlDatabase &db)
{
    QStringList found;
    const QStringList present = db.tables(QSql::Tables);
    for (const QString &name : Schema::tableNames()) {
        if (present.contains(name, Qt::CaseInsensitive))
            found.append(name);
    }
    return found;
}

void DemoDatabase::report(const QString &message) const
{
    if (m_progress)
        m_progress(message);
}

bool DemoDatabase::create(const QSqlDatabase &database)
{
    m_error.clear();
    m_counts.clear();
    QSqlDatabase db = database;
    if (!db.isOpen()) {
        m_error = tr("The database is not open.");
        return false;
    }
    const QStringList existing = existingTables(db);
    if (!existing.isEmpty()) {
        m_error = tr("The database already has the table %1: the demo needs a database without Agent Factory tables.")
                      .arg(existing.constFirst());
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    const Backend backend = DatabaseConnection::backendOf(db);
    // One transaction for schema and rows: a failure leaves no half-made demo behind.
    if (!db.transaction()) {
        m_error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&](const QString &message) {
        m_error = message;
        db.rollback();
        m_counts.clear();
        return false;
    };

    report(tr("Creating the schema"));
    {
        QSqlQuery q(db);
        for (const QString &statement : Ddl::createAll(backend)) {
            if (!q.exec(statement))
                return fail(tr("Cannot create the schema: %1").arg(q.lastError().text()));
        }
    }

    // After the schema, which fails fast when something in the way was missed above.
    report(tr("Generating the demo data (seed %1, anchor date %2)").arg(m_seed).arg(m_anchorDate.toString(Qt::ISODate)));
    DemoContent content(m_seed, m_anchorDate);
    content.generate([this](const QString &message) { report(message); });

    QList<DemoTableCount> written;
    for (const DemoRows &table : content.tables()) {
        const TableSpec *spec = Schema::table(table.table);
        Q_ASSERT(spec);
        report(tr("Writing %n row(s) into %1", nullptr, int(table.rows.size())).arg(table.table));
        BatchInserter inserter(db, *spec, table.columns);
        if (!inserter.addAll(table.rows) || !inserter.finish())
            return fail(inserter.errorString());
        written.append({table.table, inserter.rowsWritten()});
    }

    if (!db.commit())
        return fail(tr("Cannot commit the demo data: %1").arg(db.lastError().text()));

    for (const QString &name : Schema::tableNames()) {
        for (const DemoTableCount &count : written) {
            if (count.table == name)
                m_counts.append(count);
        }
    }
    report(tr("Done in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return true;
}
