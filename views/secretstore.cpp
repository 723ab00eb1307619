#include "secretstore.h"
#include <qt6keychain/keychain.h>

namespace {

template<typename JobType>
JobType *makeJob(SecretStore *owner, const QString &profileId)
{
    auto *job = new JobType(SecretStore::serviceName(), owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plain-text file instead of the keyring
    job->setKey(profileId);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::serviceName()
{
    return QStringLiteral("afadmin");
}

void SecretStore::readPassword(const QString &profileId)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, profileId);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId] {
        if (job->error() == QKeychain::NoError)
            emit passwordRead(profileId, job->textData());
        else
            emit failed(profileId, job->errorString(), job->error() == QKeychain::EntryNotFound);
    });
    job->start();
}

void SecretStore::writePassword(const QString &profileId, const QString &password)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, profileId);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId] {
        if (job->error() == QKeychain::NoError)
            emit passwordWritten(profileId);
        else
            emit failed(profileId, job->errorString(), false);
    });
    job->start();
}

void SecretStore::deletePassword(const QString &profileId)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, profileId);
    connect(job, &QKeychain::Job::finished, this, [this, job, profileId] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit passwordDeleted(profileId);
        else
            emit failed(profileId, job->errorString(), false);
    });
    job->start();
}
