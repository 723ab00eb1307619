#pragma once
#include <QByteArray>
#include <QString>

// bcrypt password hashes as the platform's Python backend (passlib/bcrypt) writes and checks
// them, computed by libxcrypt. New hashes are "$2b$"; "$2a$" and "$2y$" hashes verify too.
//
// bcrypt reads at most 72 bytes of the UTF-8 password: bytes after the 72nd are ignored, so
// two passwords sharing their first 72 bytes verify against each other's hash. Python's
// bcrypt 3.x (Debian 12) cuts the same way, so both sides agree on every password.
class PasswordHasher
{
public:
    static constexpr int DefaultCost = 12;
    static constexpr int SaltBytes = 16;  // what bcrypt's salt holds
    static constexpr int MaxPasswordBytes = 72;

    // A fresh salt from the system's secure generator. Empty when the cost is outside 4..31.
    static QString hash(const QString &password, int cost = DefaultCost);
    // The salt made from the given 16 bytes: the same bytes give the same hash, which the
    // demo database needs to be reproducible. Never feed it predictable bytes for real users.
    static QString hashWithSalt(const QString &password, int cost, const QByteArray &randomBytes);
    // False for a wrong password and for anything that is not a bcrypt hash.
    static bool verify(const QString &password, const QString &hash);
};
