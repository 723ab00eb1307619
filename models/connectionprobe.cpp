#include "connectionprobe.h"
#include "driftcheck.h"
#include "schemainspector.h"
#include <QThread>

QString ProbeResult::errorMessage() const
{
    if (!open.ok())
        return open.message;
    if (!drift.isAgentFactoryDatabase())
        return drift.notAgentFactoryReason();
    return {};
}

QStringList ProbeResult::columnsOf(const QString &table) const
{
    const DatabaseSchema::Table *t = schema.table(table);
    return t ? t->columnNames() : QStringList();
}

ProbeResult ConnectionProbe::run(const ConnectionSettings &settings)
{
    ProbeResult result;
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("probe")));
    result.open = connection.open(settings);
    if (!result.open.ok())
        return result;
    const SchemaInspector::Result inspected = SchemaInspector::inspect(connection.database());
    if (!inspected.ok()) {
        result.open = {DatabaseConnection::Failure::Other, inspected.error};
        return result;
    }
    result.schema = inspected.schema;
    result.drift = DriftCheck::compare(inspected.schema);
    return result;
}

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ProbeResult>();
}

ConnectionProbe::~ConnectionProbe()
{
    if (m_thread) {
        m_thread->wait();  // a probe ends on its own (connect_timeout bounds it)
        delete m_thread;
    }
}

bool ConnectionProbe::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ConnectionProbe::start(const ConnectionSettings &settings)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    // The destructor waits for the thread, so `this` outlives the lambda; the queued call
    // delivers finished() on the thread the probe lives in.
    m_thread = QThread::create([this, settings] {
        const ProbeResult result = run(settings);
        QMetaObject::invokeMethod(this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("connection-probe"));
    m_thread->start();
}
