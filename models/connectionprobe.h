#pragma once
#include "connectionsettings.h"
#include "databaseconnection.h"
#include "databaseschema.h"
#include "driftreport.h"
#include <QObject>

// What the app learns when it connects: whether the database opens (and if not, why), what
// schema it really has and how that drifts from the data model.
struct ProbeResult
{
    DatabaseConnection::Result open;
    DatabaseSchema schema;
    DriftReport drift;

    bool ok() const { return open.ok() && drift.isAgentFactoryDatabase(); }
    QString errorMessage() const;  // why the app cannot browse this database
    QStringList columnsOf(const QString &table) const;
};
Q_DECLARE_METATYPE(ProbeResult)

// Connects, inspects and checks on a thread of its own, so a slow or dead server never
// freezes the window; finished() arrives on the caller's thread.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start(const ConnectionSettings &settings);
    bool isRunning() const;
    static ProbeResult run(const ConnectionSettings &settings);  // blocking

signals:
    void finished(const ProbeResult &result);

private:
    QThread *m_thread = nullptr;
};
