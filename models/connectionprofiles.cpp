#include "connectionprofiles.h"
#include "valuecodec.h"
#include <QSettings>
#include <QUrl>

namespace {

const QString groupKey = QStringLiteral("connections/profiles");

} // namespace

QString ConnectionProfile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Development: return ConnectionProfiles::tr("Development");
    case Environment::Staging:     return ConnectionProfiles::tr("Staging");
    case Environment::Production:  return ConnectionProfiles::tr("Production");
    }
    return {};
}

ConnectionProfiles::ConnectionProfiles(QSettings *settings)
    : m_settings(settings)
{
}

QString ConnectionProfiles::withoutPassword(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    parsed.setPassword(QString());
    return parsed.toString(QUrl::FullyEncoded);
}

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QList<ConnectionProfile> profiles;
    const int size = m_settings->beginReadArray(groupKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.url = m_settings->value(QStringLiteral("url")).toString();
        p.environment = ConnectionProfile::Environment(
            qBound(0, m_settings->value(QStringLiteral("environment")).toInt(), 2));
        p.rememberPassword = m_settings->value(QStringLiteral("rememberPassword")).toBool();
        profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

ConnectionProfile ConnectionProfiles::byId(const QString &id) const
{
    for (const ConnectionProfile &p : all()) {
        if (p.id == id)
            return p;
    }
    return {};
}

void ConnectionProfiles::write(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(groupKey);
    m_settings->beginWriteArray(groupKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("url"), withoutPassword(p.url));
        m_settings->setValue(QStringLiteral("environment"), int(p.environment));
        m_settings->setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
    }
    m_settings->endArray();
    m_settings->sync();
}

ConnectionProfile ConnectionProfiles::save(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = ValueCodec::newId();
    profile.url = withoutPassword(profile.url);
    QList<ConnectionProfile> profiles = all();
    auto it = std::find_if(profiles.begin(), profiles.end(), [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (it != profiles.end())
        *it = profile;
    else
        profiles.append(profile);
    write(profiles);
    return profile;
}

void ConnectionProfiles::remove(const QString &id)
{
    QList<ConnectionProfile> profiles = all();
    profiles.erase(std::remove_if(profiles.begin(), profiles.end(), [&](const ConnectionProfile &p) { return p.id == id; }),
                   profiles.end());
    write(profiles);
}

QString ConnectionProfiles::lastUsedId() const
{
    return m_settings->value(QStringLiteral("connections/lastUsed")).toString();
}

void ConnectionProfiles::setLastUsedId(const QString &id)
{
    m_settings->setValue(QStringLiteral("connections/lastUsed"), id);
}
