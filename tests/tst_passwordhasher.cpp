#include "passwordhasher.h"
#include <QProcess>
#include <QTest>

// Low costs keep the test quick; the algorithm is the same at every cost.
constexpr int fastCost = 4;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashIsBcrypt2b();
    void verifiesRightAndRejectsWrong();
    void saltsDiffer();
    void hashWithSaltIsDeterministic();
    void refusesBadCostAndShortSalt();
    void rejectsWhatIsNotBcrypt();
    void acceptsOtherBcryptPrefixes();
    void unicodePassword();
    void truncatesAt72Bytes();
    void pythonHashVerifiesHere_data();
    void pythonHashVerifiesHere();
    void hashVerifiesInPython_data();
    void hashVerifiesInPython();

private:
    static QString python(const QString &script, const QStringList &arguments);
};

QString tst_PasswordHasher::python(const QString &script, const QStringList &arguments)
{
    QProcess process;
    // Debian's interpreter: a python3 earlier on PATH may not see python3-bcrypt.
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("python failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void tst_PasswordHasher::hashIsBcrypt2b()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("Admin-Demo-1"), fastCost);
    QVERIFY2(hash.startsWith(QLatin1String("$2b$04$")), qPrintable(hash));
    QCOMPARE(hash.size(), 60);
    QVERIFY(PasswordHasher::hash(QStringLiteral("x")).startsWith(QLatin1String("$2b$12$")));
}

void tst_PasswordHasher::verifiesRightAndRejectsWrong()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("Demo-User-1"), fastCost);
    QVERIFY(PasswordHasher::verify(QStringLiteral("Demo-User-1"), hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("demo-user-1"), hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("Demo-User-1 "), hash));
    QVERIFY(!PasswordHasher::verify(QString(), hash));
}

void tst_PasswordHasher::saltsDiffer()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same"), fastCost);
    const QString b = PasswordHasher::hash(QStringLiteral("same"), fastCost);
    QVERIFY(a != b);
    QVERIFY(a.left(29) != b.left(29));  // "$2b$04$" + the 22-character salt
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), a));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), b));
}

void tst_PasswordHasher::hashWithSaltIsDeterministic()
{
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QString a = PasswordHasher::hashWithSalt(QStringLiteral("pw"), fastCost, salt);
    QCOMPARE(PasswordHasher::hashWithSalt(QStringLiteral("pw"), fastCost, salt), a);
    QVERIFY(a.startsWith(QLatin1String("$2b$04$")));
    QVERIFY(PasswordHasher::verify(QStringLiteral("pw"), a));
    QByteArray other = salt;
    other[0] = 1;
    QVERIFY(PasswordHasher::hashWithSalt(QStringLiteral("pw"), fastCost, other) != a);
    QVERIFY(PasswordHasher::hashWithSalt(QStringLiteral("pw2"), fastCost, salt) != a);
}

void tst_PasswordHasher::refusesBadCostAndShortSalt()
{
    QVERIFY(PasswordHasher::hash(QStringLiteral("pw"), 3).isEmpty());
    QVERIFY(PasswordHasher::hash(QStringLiteral("pw"), 32).isEmpty());
    QVERIFY(PasswordHasher::hashWithSalt(QStringLiteral("pw"), fastCost, QByteArray(15, 'x')).isEmpty());
}

void tst_PasswordHasher::rejectsWhatIsNotBcrypt()
{
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), QString()));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("pw")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("*0")));
    // A valid sha512-crypt hash of "pw": libxcrypt would check it, the platform would not.
    const QString sha512 = QStringLiteral("$6$saltsalt$pauPrmdmG4BTE9h2HPmywiw152IFch6BJCEsaY6D.PLTfpV8sqvXwWdyfsgVgozkYH9B80bAip/08R2BPH2xk/");
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), sha512));
    const QString hash = PasswordHasher::hash(QStringLiteral("pw"), fastCost);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), hash.left(40)));  // truncated hash
    QString damaged = hash;
    damaged[4] = QLatin1Char('9');  // cost 94: crypt refuses it ("*0")
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), damaged));
}

void tst_PasswordHasher::acceptsOtherBcryptPrefixes()
{
    // $2a$ and $2y$ hash ASCII passwords exactly like $2b$; older PHP and passlib write them.
    const QString hash = PasswordHasher::hash(QStringLiteral("Ops-Demo-1"), fastCost);
    for (const char *prefix : {"$2a$", "$2y$"}) {
        QString variant = hash;
        variant.replace(0, 4, QLatin1String(prefix));
        QVERIFY2(PasswordHasher::verify(QStringLiteral("Ops-Demo-1"), variant), prefix);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("wrong"), variant));
    }
}

void tst_PasswordHasher::unicodePassword()
{
    const QString password = QStringLiteral("pässwörd–日本");
    const QString hash = PasswordHasher::hash(password, fastCost);
    QVERIFY(PasswordHasher::verify(password, hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("passwörd–日本"), hash));
}

void tst_PasswordHasher::truncatesAt72Bytes()
{
    // Documented in passwordhasher.h: bcrypt reads 72 bytes of UTF-8 and ignores the rest.
    const QString first72(72, QLatin1Char('a'));
    const QString hash = PasswordHasher::hash(first72 + QStringLiteral("tail"), fastCost);
    QVERIFY(PasswordHasher::verify(first72, hash));
    QVERIFY(PasswordHasher::verify(first72 + QStringLiteral("something else"), hash));
    QVERIFY(!PasswordHasher::verify(QString(71, QLatin1Char('a')), hash));
    // Bytes, not characters: 36 "é" are 72 bytes.
    const QString accents(36, QChar(0x00e9));
    const QString accentHash = PasswordHasher::hash(accents + QStringLiteral("x"), fastCost);
    QVERIFY(PasswordHasher::verify(accents + QStringLiteral("y"), accentHash));
    QVERIFY(!PasswordHasher::verify(QString(35, QChar(0x00e9)), accentHash));
}

void tst_PasswordHasher::pythonHashVerifiesHere_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("password");
    QTest::newRow("2b") << "2b" << "Admin-Demo-1";
    QTest::newRow("2a") << "2a" << "Support-Demo-1";
    QTest::newRow("unicode") << "2b" << "grüße–日本";
}

void tst_PasswordHasher::pythonHashVerifiesHere()
{
    QFETCH(QString, prefix);
    QFETCH(QString, password);
    const QString hash = python(
        QStringLiteral("import bcrypt, sys\n"
                       "salt = bcrypt.gensalt(rounds=4, prefix=sys.argv[2].encode())\n"
                       "print(bcrypt.hashpw(sys.argv[1].encode('utf-8'), salt).decode())"),
        {password, prefix});
    QVERIFY2(hash.startsWith(QLatin1Char('$') + prefix + QLatin1String("$04$")), qPrintable(hash));
    QVERIFY(PasswordHasher::verify(password, hash));
    QVERIFY(!PasswordHasher::verify(password + QLatin1Char('x'), hash));
}

void tst_PasswordHasher::hashVerifiesInPython_data()
{
    QTest::addColumn<QString>("hashed");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("expected");
    const QString password = QStringLiteral("Ops-Demo-1");
    const QString hash = PasswordHasher::hash(password, fastCost);
    QTest::newRow("right") << hash << password << "True";
    QTest::newRow("wrong") << hash << "Ops-Demo-2" << "False";
    const QString unicode = QStringLiteral("grüße–日本");
    QTest::newRow("unicode") << PasswordHasher::hash(unicode, fastCost) << unicode << "True";
    // Python's bcrypt cuts at the same 72 bytes, so both sides agree on long passwords.
    const QString first72(72, QLatin1Char('b'));
    QTest::newRow("72 bytes") << PasswordHasher::hash(first72 + QStringLiteral("one"), fastCost)
                              << first72 + QStringLiteral("two") << "True";
}

void tst_PasswordHasher::hashVerifiesInPython()
{
    QFETCH(QString, hashed);
    QFETCH(QString, candidate);
    QFETCH(QString, expected);
    QVERIFY(!hashed.isEmpty());
    const QString result = python(
        QStringLiteral("import bcrypt, sys\n"
                       "print(bcrypt.checkpw(sys.argv[1].encode('utf-8'), sys.argv[2].encode()))"),
        {candidate, hashed});
    QCOMPARE(result, expected);
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
