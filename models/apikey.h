#pragma once
#include <QString>

class QSqlDatabase;

// A new API key for the platform: "afk_" and 32 random bytes from the system's generator
// (QRandomGenerator::system(), the OS's CSPRNG) in unpadded base64url. The key itself is shown
// once and never stored; api_keys.key_hash holds the SHA-256 of its UTF-8 text as lowercase hex,
// which is what the platform compares a presented key against. The hint ("afk_…wXyZ", the prefix
// and the last four characters) is all that is ever shown again: the schema has no column for
// it, so the write path keeps it in the details of the key's audit row (details.key).
struct ApiKey
{
    QString secret;  // the whole key: shown once, never logged or written
    QString hash;    // key_hash
    QString hint;    // "afk_…wXyZ"

    static constexpr int randomBytes = 32;
    static QString prefix() { return QStringLiteral("afk_"); }

    static ApiKey generate();
    static QString hashOf(const QString &secret);
    static QString hintOf(const QString &secret);
    // The hint kept in an issued key's audit row; empty for a key issued elsewhere (by the
    // platform itself), whose audit row has none. A query over audit_logs: off the UI thread.
    static QString storedHint(const QSqlDatabase &db, const QString &apiKeyId);
};
