#include "connectionprofiles.h"
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_ConnectionProfiles : public QObject
{
    Q_OBJECT
private slots:
    void saveLoadRemove();
    void passwordNeverReachesTheSettingsFile();
};

void tst_ConnectionProfiles::saveLoadRemove()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("afadmin.conf")), QSettings::IniFormat);
    ConnectionProfiles profiles(&settings);
    QVERIFY(profiles.all().isEmpty());
    ConnectionProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.url = QStringLiteral("postgresql://af@staging.example.com/agent_factory?sslmode=require");
    staging.environment = ConnectionProfile::Environment::Staging;
    staging = profiles.save(staging);
    QCOMPARE(staging.id.size(), 36);
    ConnectionProfile local;
    local.name = QStringLiteral("Local");
    local.url = QStringLiteral("sqlite:///dev.db");
    local = profiles.save(local);
    QCOMPARE(profiles.all().size(), 2);
    QCOMPARE(profiles.byId(staging.id).environment, ConnectionProfile::Environment::Staging);
    staging.name = QStringLiteral("Staging EU");
    profiles.save(staging);
    QCOMPARE(profiles.all().size(), 2);
    QCOMPARE(profiles.byId(staging.id).name, QStringLiteral("Staging EU"));
    profiles.setLastUsedId(local.id);
    profiles.remove(staging.id);
    QCOMPARE(profiles.all().size(), 1);
    QCOMPARE(profiles.lastUsedId(), local.id);
}

void tst_ConnectionProfiles::passwordNeverReachesTheSettingsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("afadmin.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfiles profiles(&settings);
        ConnectionProfile p;
        p.name = QStringLiteral("Production");
        p.url = QStringLiteral("postgresql://af:Sup3r-S3cret%21@db.example.com:5432/agent_factory");
        p.rememberPassword = true;
        const ConnectionProfile saved = profiles.save(p);
        QVERIFY(!saved.url.contains(QLatin1String("Sup3r")));
        QCOMPARE(saved.url, QStringLiteral("postgresql://af@db.example.com:5432/agent_factory"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("db.example.com"));
    QVERIFY(!text.contains("Sup3r"));
}

QTEST_GUILESS_MAIN(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"
