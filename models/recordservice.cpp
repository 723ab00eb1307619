#include "recordservice.h"

RecordService::RecordService(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_worker(new RecordWorker(settings))  // no parent: it moves to the thread
{
    qRegisterMetaType<RecordWriter::Result>();
    qRegisterMetaType<OperatorAuthenticator::SignIn>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RecordWorker::written, this, &RecordService::written);
    connect(m_worker, &RecordWorker::lookedUp, this, &RecordService::lookedUp);
    connect(m_worker, &RecordWorker::recordsFound, this, &RecordService::recordsFound);
    connect(m_worker, &RecordWorker::keyHintFound, this, &RecordService::keyHintFound);
    connect(m_worker, &RecordWorker::signedIn, this, &RecordService::signedIn);
    connect(m_worker, &RecordWorker::referencesCounted, this, &RecordService::referencesCounted);
    m_thread.setObjectName(QStringLiteral("record-writes"));
    m_thread.start();
}

RecordService::~RecordService()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 RecordService::write(const RecordWorker::Job &job)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, context = m_context, job] {
        worker->write(ticket, context, job);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 RecordService::lookup(const QString &table, const QString &text, const QString &tenantId, int limit)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, table, text, tenantId, limit] {
        worker->lookup(ticket, table, text, tenantId, limit);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 RecordService::findRecords(const QStringList &tables, const QString &text, const QString &tenantId, int perTable)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, tables, text, tenantId, perTable] {
        worker->findRecords(ticket, tables, text, tenantId, perTable);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 RecordService::signIn(const QString &email, const QString &password)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, email, password] {
        worker->signIn(ticket, email, password);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 RecordService::countReferences(const QString &table, const QStringList &ids)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, table, ids] {
        worker->countReferences(ticket, table, ids);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 RecordService::findKeyHint(const QString &apiKeyId)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, apiKeyId] { worker->findKeyHint(ticket, apiKeyId); },
                              Qt::QueuedConnection);
    return ticket;
}
