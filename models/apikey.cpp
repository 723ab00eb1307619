#include "apikey.h"
#include "rowstatements.h"
#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <nlohmann/json.hpp>
#include <array>

ApiKey ApiKey::generate()
{
    std::array<quint32, randomBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), randomBytes);
    ApiKey key;
    key.secret = prefix() + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    key.hash = hashOf(key.secret);
    key.hint = hintOf(key.secret);
    return key;
}

QString ApiKey::hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ApiKey::hintOf(const QString &secret)
{
    const QString head = secret.startsWith(prefix()) ? prefix() : QString();
    return head + QStringLiteral("\u2026") + secret.right(4);
}

QString ApiKey::storedHint(const QSqlDatabase &db, const QString &apiKeyId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(RowStatements::creationDetails()))
        return {};
    q.addBindValue(apiKeyId);
    if (!q.exec() || !q.next())
        return {};
    const nlohmann::json details = nlohmann::json::parse(q.value(0).toString().toStdString(), nullptr, false);
    if (!details.is_object() || !details.contains("key") || !details["key"].is_string())
        return {};
    return QString::fromStdString(details["key"].get<std::string>());
}
