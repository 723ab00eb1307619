#include "usagerecompute.h"
#include "dashboardreader.h"
#include "pythonjson.h"
#include "schema.h"
#include <nlohmann/json.hpp>

QString UsageRecompute::recomputedUsage(const QString &usageJson, const QString &tenantId,
                                        const QList<QuotaTruthRow> &live)
{
    nlohmann::ordered_json usage = nlohmann::ordered_json::parse(usageJson.toStdString(), nullptr, false);
    if (usage.is_discarded() || !usage.is_object())
        usage = nlohmann::ordered_json::object();
    for (const QuotaTruthRow &row : live) {
        if (row.tenantId == tenantId && row.live >= 0)
            usage[row.key.toStdString()] = row.live;
    }
    return QString::fromStdString(PythonJson::dumps(usage));
}

RecordWriter::Result UsageRecompute::run(RecordWriter &writer, const QString &tenantId)
{
    const TableSpec *tenants = Schema::table(QStringLiteral("tenants"));
    const QSqlDatabase db = writer.database();
    const QVariantMap loaded = RecordWriter::load(db, *tenants, tenantId);
    if (loaded.isEmpty()) {
        RecordWriter::Result result;
        result.outcome = RecordWriter::Outcome::Conflict;
        result.message = tr("This tenant no longer exists; nothing was saved.");
        return result;
    }
    QString error;
    const std::optional<DashboardColumns> columns = DashboardReader::columnsOf(db, &error);
    DashboardScope scope;
    scope.tenantId = tenantId;
    DashboardReader reader(db, columns.value_or(DashboardColumns()));
    const std::optional<QuotaTruth> truth = columns ? reader.quotaTruth(scope) : std::nullopt;
    if (!truth) {
        RecordWriter::Result result;
        result.outcome = RecordWriter::Outcome::Failed;
        result.message = tr("Could not count the tenant's rows; nothing was saved: %1")
                             .arg(columns ? reader.error() : error);
        return result;
    }
    QVariantMap edited = loaded;
    edited.insert(QStringLiteral("usage"),
                  recomputedUsage(loaded.value(QStringLiteral("usage")).toString(), tenantId, truth->rows));
    return writer.update(*tenants, loaded, edited);
}
