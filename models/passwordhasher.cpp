#include "passwordhasher.h"
#include <QRandomGenerator>
#include <crypt.h>
#include <memory>

namespace {

// crypt_rn's result for a refused setting: NULL, or a string starting with '*'.
bool isFailure(const char *result)
{
    return result == nullptr || result[0] == '*';
}

// Every byte is compared, whatever the first difference, so the time taken says nothing
// about how much of a guessed hash was right.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray runCrypt(const QString &password, const QByteArray &setting)
{
    // struct crypt_data is ~32 KB: too big for the stack of a worker thread. make_unique
    // zero-fills it, which crypt_rn requires before first use.
    auto data = std::make_unique<crypt_data>();
    const QByteArray phrase = password.toUtf8();
    const char *result = crypt_rn(phrase.constData(), setting.constData(), data.get(), sizeof(crypt_data));
    QByteArray hashed = isFailure(result) ? QByteArray() : QByteArray(result);
    // The work area holds the password's key schedule: leave nothing behind on the heap.
    volatile unsigned char *bytes = reinterpret_cast<unsigned char *>(data.get());
    for (std::size_t i = 0; i < sizeof(crypt_data); ++i)
        bytes[i] = 0;
    return hashed;
}

} // namespace

QString PasswordHasher::hash(const QString &password, int cost)
{
    quint32 words[SaltBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    return hashWithSalt(password, cost, QByteArray(reinterpret_cast<const char *>(words), SaltBytes));
}

QString PasswordHasher::hashWithSalt(const QString &password, int cost, const QByteArray &randomBytes)
{
    if (cost < 4 || cost > 31 || randomBytes.size() < SaltBytes)
        return {};
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (isFailure(crypt_gensalt_rn("$2b$", static_cast<unsigned long>(cost), randomBytes.constData(), SaltBytes,
                                   setting, sizeof setting)))
        return {};
    return QString::fromLatin1(runCrypt(password, QByteArray(setting)));
}

bool PasswordHasher::verify(const QString &password, const QString &hash)
{
    const QByteArray stored = hash.toLatin1();
    if (!stored.startsWith("$2a$") && !stored.startsWith("$2b$") && !stored.startsWith("$2y$"))
        return false;
    const QByteArray computed = runCrypt(password, stored);
    return !computed.isEmpty() && equalInConstantTime(computed, stored);
}
