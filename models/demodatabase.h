#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

// A demo account everyone may know: the CLI, the README and the tests print this list.
struct DemoAccount
{
    enum class Kind { Superuser, Support, TenantAdmin };
    Kind kind = Kind::Superuser;
    QString email;
    QString password;
    QString role;  // translated description
};

struct DemoTableCount
{
    QString table;
    qint64 rows = 0;
};

// Creates the Agent Factory schema in an empty database and fills it with a realistic,
// reproducible data set: the same seed and anchor date always give the same rows. Everything
// happens in one transaction, so a failure leaves the database as it was.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    static constexpr quint32 DefaultSeed = 42;
    using ProgressHandler = std::function<void(const QString &message)>;  // translated messages

    // An invalid anchorDate means today (UTC). Timestamps lie in the 12 months before it.
    explicit DemoDatabase(quint32 seed = DefaultSeed, const QDate &anchorDate = QDate());

    quint32 seed() const { return m_seed; }
    QDate anchorDate() const { return m_anchorDate; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // The database must be open and hold none of the Agent Factory tables.
    bool create(const QSqlDatabase &db);
    QString errorString() const { return m_error; }
    QList<DemoTableCount> rowCounts() const { return m_counts; }  // after create(), schema order

    static QList<DemoAccount> accounts();
    static QString memberPassword();  // the password of every other demo user
    static QDate defaultAnchorDate();
    // Agent Factory tables the database already has (the demo refuses to touch those).
    static QStringList existingTables(const QSqlDatabase &db);

private:
    void report(const QString &message) const;

    quint32 m_seed = DefaultSeed;
    QDate m_anchorDate;
    ProgressHandler m_progress;
    QString m_error;
    QList<DemoTableCount> m_counts;
};
