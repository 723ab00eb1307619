#include "tablefilterfixture.h"
#include "ddl.h"
#include "schema.h"
#include "valuecodec.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QVariant nullText = QVariant(QMetaType::fromType<QString>());
const QVariant nullDouble = QVariant(QMetaType::fromType<double>());
const QVariant nullBool = QVariant(QMetaType::fromType<bool>());

// json.dumps(ensure_ascii=True) string form: what SQLAlchemy writes.
QString jsonString(const QString &text, bool asciiOnly = true)
{
    QString out = "\"";
    for (const QChar c : text) {
        if (c == '"')
            out += "\\\"";
        else if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c.unicode() < 0x20 || (asciiOnly && c.unicode() > 0x7e))
            out += QString("\\u%1").arg(c.unicode(), 4, 16, QChar('0'));
        else
            out += c;
    }
    return out + "\"";
}

QString stamp(int i)
{
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime at = base.addSecs(qint64(i) * 7919);
    // Every fourth row sits on a whole millisecond, so a bound QDateTime can hit it exactly.
    const int micro = i % 4 == 0 ? (i % 1000) * 1000 : (i * 104729) % 1000000;
    return at.toString("yyyy-MM-dd HH:mm:ss.") + QString("%1").arg(micro, 6, 10, QChar('0'));
}

QString word(int i)
{
    const QStringList all = TableFilterFixture::words();
    return all.at(i % all.size());
}

// Objects of varied shape, and the values that count as empty. Keys hold dots, quotes,
// spaces, a backslash and an accented letter (escaped, or raw UTF-8 on some rows).
QVariant detailsJson(int i, Backend backend)
{
    switch (i % 13) {
    case 0: return "null";
    case 1: return "{}";
    case 2: return "[]";
    case 3: return nullText;
    case 4: return "{ }";
    case 5: return "[1, 2]";
    case 6: return "\"just text\"";
    case 7: return backend == Backend::SQLite && i % 2 ? QVariant("{oops") : QVariant("{\"oops\": 1}");
    default: break;
    }
    const QString w = word(i);
    const double ratios[] = {2.5, 1.0, -0.5, 0.25};
    QStringList members;
    auto add = [&](int bit, const QString &key, const QString &value, bool ascii = true) {
        if ((i / 3 + bit) % 3 != 0)
            members.append(jsonString(key, ascii) + ": " + value);
    };
    add(0, "ip", jsonString(QString("10.0.%1.%2").arg(i % 4).arg(i % 7)));
    add(1, "request", QString("{\"path\": \"/login\", \"method\": \"POST\", \"word\": %1}").arg(jsonString(w)));
    add(2, "a.b", jsonString(w));
    add(0, "say \"hi\"", jsonString(word(i + 3)));
    add(1, "with space", QString::number(i));
    add(2, QString::fromUtf8("café"), jsonString(word(i + 5)), i % 17 != 0);
    add(0, "attempts", QString::number(i % 5));
    add(1, "ok", i % 2 ? "true" : "false");
    add(2, "ratio", QString::number(ratios[i % 4], 'f', i % 4 == 1 ? 1 : (i % 4 == 3 ? 2 : 1)));
    add(0, "tags", QString("[\"x\", %1]").arg(jsonString(word(i + 7))));
    add(1, "note", "null");
    add(2, "back\\slash", jsonString("v"));
    return "{" + members.join(", ") + "}";
}

// Mostly 10.0.x.y; every eighth row from ipEdges(), the addresses range filters get wrong.
QVariant ipAddress(int i)
{
    if (i % 8 == 0)
        return nullText;
    if (i % 8 == 1)
        return QString();
    if (i % 8 == 2) {
        const QStringList edges = TableFilterFixture::ipEdges();
        return edges.at((i / 8) % edges.size());
    }
    return QString("10.0.%1.%2").arg(i % 3).arg(i % 250);
}

class Inserter
{
public:
    Inserter(const QSqlDatabase &db, Backend backend) : m_db(db), m_backend(backend) {}
    void row(const QString &table, const QVariantMap &values)
    {
        if (!m_error.isEmpty())
            return;
        QStringList names;
        QStringList marks;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            names.append(Ddl::quoteIdentifier(it.key(), m_backend));
            marks.append("?");
        }
        QSqlQuery q(m_db);
        q.prepare(QString("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(", "), marks.join(", ")));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            m_error = table + ": " + q.lastError().text();
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    Backend m_backend;
    QString m_error;
};

} // namespace

QString TableFilterFixture::tenantId(int index)
{
    return QString("10000000-0000-4000-8000-%1").arg(index, 12, 10, QChar('0'));
}

QString TableFilterFixture::userId(int index)
{
    return QString("20000000-0000-4000-8000-%1").arg(index, 12, 10, QChar('0'));
}

QStringList TableFilterFixture::words()
{
    return {"login", "LOGIN", "Login failed", "user.login", "logout", "password_reset", "password reset",
            "passwordXreset", "100% done", "100 done", "50%", "under_score", "under score", "O'Brien",
            "it''s", "back\\slash", "back/slash", "C:\\temp\\new", "'; DROP TABLE users; --",
            QString::fromUtf8("ünïcödé"),
            QString::fromUtf8("ÜNÏCÖDÉ"),
            QString::fromUtf8("日本語"),
            QString::fromUtf8("🚀 launch"),
            QString(QChar(0x200f)) + QString::fromUtf8("שלום") + QChar(0x200f),
            QString(QChar(0x202e)) + "evil" + QChar(0x202c),
            "null pointer", "annul", "nul", "after math", "%_\\", "tab\there", "line\nbreak", "  padded  "};
}

QStringList TableFilterFixture::ipEdges()
{
    return {"192.0.2.0", "192.0.2.255", "192.0.2.1", "192.0.1.255", "192.0.3.0", "203.0.113.7", "203.0.113.6",
            "203.0.113.8", "0.0.0.0", "255.255.255.255", "10.255.255.255", "11.0.0.0", "9.255.255.255",
            "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", "2001:db8:0:1::", "2001:db8:1::",
            "2001:db8:1:ffff:ffff:ffff:ffff:ffff", "2001:db8:2::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff",
            "2001:db8::7", "2001:db8::8", "2001:DB8::6", "2001:0db8:0000:0000:0000:0000:0000:0007", "::1", "::",
            "fe80::1%eth0", "fe80::2%25", "::ffff:192.0.2.9", "::ffff:c000:20a", "::ffff:10.1.2.3",
            "unknown", "999.1.1.1", "::::", "192.0.2.1/32", " 192.0.2.3", "192.0.2.4 ", "010.0.0.1", "127.1", "1",
            "2001:db8::g", "1:2:3:4:5:6:7:8::", "fe80::1%", "10.0.0.1%eth0", "2001:db8::1::2", "[2001:db8::1]"};
}

QString TableFilterFixture::longText()
{
    QString text = "long:";
    while (text.size() < 70000)
        text += QString::fromUtf8("ab%_c ünï 🚀 'q' \\ ");
    return text + "end";
}

QString TableFilterFixture::canonicalDateTime(const QString &stored)
{
    // PostgreSQL's text drops trailing fraction zeros; SQLAlchemy's always has six digits.
    static const QRegularExpression pattern("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,6}))?$");
    const QRegularExpressionMatch m = pattern.match(stored);
    if (!m.hasMatch())
        return stored;
    return m.captured(1) + ' ' + m.captured(2) + '.' + m.captured(3).leftJustified(6, '0');
}

QString TableFilterFixture::populate(const QSqlDatabase &db, Backend backend)
{
    Inserter in(db, backend);
    const QStringList plans = {"free", "pro", "enterprise"};
    const QStringList tenantNames = {
        "Acme", "acme labs", "100% Organic", "under_score Ltd", "O'Brien & Co", "Back\\slash Inc",
        QString::fromUtf8("Ünïcödé GmbH"), QString::fromUtf8("ÜNÏCÖDÉ AG"),
        QString::fromUtf8("日本語株式会社"), QString::fromUtf8("🚀 Rocket"),
        QString(QChar(0x200f)) + QString::fromUtf8("שלום Ltd"), "'; DROP TABLE users; --",
        "Empty Co"};
    for (int i = 0; i < tenantCount; ++i) {
        in.row("tenants", {{"id", tenantId(i)}, {"name", tenantNames.at(i)}, {"slug", QString("t-%1").arg(i)},
                           {"is_active", i % 3 != 0}, {"plan", i % 4 == 3 ? nullText : QVariant(plans.at(i % 3))},
                           {"resource_quota", i % 2 ? QString("{\"agents\": %1, \"a.b\": \"q\"}").arg(i * 5) : QString("{}")},
                           {"usage", i % 3 ? QVariant("{\"agents\": 3}") : QVariant("null")},
                           {"created_at", stamp(i * 31)}, {"updated_at", stamp(i * 37)}});
    }
    constexpr int tenantsWithRows = tenantCount - 1;
    for (int i = 0; i < userCount; ++i) {
        QString email = QString("user%1@example.com").arg(i);
        if (i % 8 == 1)
            email = word(i).simplified().remove(' ') + QString("+%1@example.com").arg(i);
        if (i == 2)
            email = "UPPER@EXAMPLE.COM";
        in.row("users", {{"id", userId(i)}, {"email", email},
                         {"hashed_password", i == 5 ? QString("$2b$12$login%_secret") : QString("$2b$12$hash%1").arg(i)},
                         {"is_active", i % 4 != 0}, {"is_superuser", i % 7 == 0},
                         {"tenant_id", i % 10 == 0 ? nullText : QVariant(tenantId(i % tenantsWithRows))},
                         {"roles", i % 3 == 0 ? QString("[\"admin\"]") : (i % 3 == 1 ? QString("[]") : QString("null"))},
                         {"permissions", QString("[\"read\", %1]").arg(jsonString(word(i)))},
                         {"created_at", stamp(i * 13)}, {"updated_at", stamp(i * 17)}});
    }
    const QStringList resourceTypes = {"agent", "workflow", "", "project"};
    for (int i = 0; i < 400; ++i) {
        QVariant action = word(i + 11);
        if (i % 11 == 0)
            action = nullText;
        else if (i % 11 == 5)
            action = QString();
        else if (i == 17)
            action = longText();
        in.row("audit_logs", {{"event_type", word(i)},
                              {"user_id", i % 9 == 0 ? nullText : QVariant(userId(i % userCount))},
                              {"resource_type", i % 6 == 0 ? nullText : QVariant(resourceTypes.at(i % 4))},
                              {"resource_id", ValueCodec::newId()},
                              {"action", action},
                              {"success", i % 10 == 0 ? nullBool : QVariant(i % 3 != 0)},
                              {"details", detailsJson(i, backend)},
                              {"ip_address", ipAddress(i)},
                              {"created_at", i % 50 == 3 ? nullText : QVariant(stamp(i))}});
    }
    const QStringList statuses = {"pending", "running", "completed", "failed", "Failed"};
    const double times[] = {0.1, 0.2, 0.30000000000000004, 0.3, 1.5, 120.25};
    for (int i = 0; i < 200; ++i) {
        QVariant error = word(i + 2);
        if (i % 5 == 0)
            error = nullText;
        else if (i % 5 == 1)
            error = QString();
        else if (i == 42)
            error = longText();
        in.row("executions", {{"id", QString("30000000-0000-4000-8000-%1").arg(i, 12, 10, QChar('0'))},
                              {"execution_type", i % 3 ? "agent" : "workflow"},
                              {"resource_id", ValueCodec::newId()},
                              {"status", statuses.at(i % statuses.size())},
                              {"input_data", QString("{\"model\": %1, \"prompt\": %2}").arg(jsonString(i % 2 ? "gpt-4o" : "GPT-4o-mini"), jsonString(word(i)))},
                              {"output_data", i % 4 == 0 ? nullText : QVariant(i % 4 == 1 ? QString("null") : detailsJson(i, backend))},
                              {"error", error},
                              {"execution_time", i % 7 == 0 ? nullDouble : QVariant(times[i % 6])},
                              {"tenant_id", tenantId(i % tenantsWithRows)},
                              {"created_by", i % 6 == 0 ? nullText : QVariant(userId(i % userCount))},
                              {"created_at", stamp(i * 3 + 1)},
                              {"completed_at", i % 3 == 0 ? nullText : QVariant(stamp(i * 3 + 2))}});
    }
    for (int i = 0; i < 30; ++i) {
        in.row("blueprints", {{"id", ValueCodec::newId()}, {"name", word(i)}, {"description", i % 4 ? QVariant(word(i + 1)) : nullText},
                              {"version", "1.0.0"}, {"definition", detailsJson(i + 8, backend)},
                              {"pricing_model", i % 2 ? "free" : "subscription"}, {"price", i * 0.5},
                              {"publisher_id", i % 5 == 0 ? nullText : QVariant(userId(i))}, {"is_public", i % 2 == 0},
                              {"downloads", i % 6}, {"rating", i % 5 == 0 ? nullDouble : QVariant(i / 7.0)},
                              {"reviews_count", i}, {"created_at", stamp(i * 5)}, {"updated_at", stamp(i * 5)}});
    }
    for (int i = 0; i < 20; ++i) {
        const QVariant tenant = tenantId(i % tenantsWithRows);
        const QVariant user = i % 4 == 0 ? nullText : QVariant(userId(i));
        const QVariant at = stamp(i * 11);
        in.row("agents", {{"id", ValueCodec::newId()}, {"name", word(i)}, {"instructions", word(i + 1)}, {"model", "gpt-4o"},
                          {"tenant_id", tenant}, {"created_by", user}, {"created_at", at}, {"updated_at", at}});
        in.row("workflows", {{"id", ValueCodec::newId()}, {"name", word(i + 2)}, {"definition", detailsJson(i, backend)},
                             {"tenant_id", tenant}, {"created_by", user}, {"created_at", at}, {"updated_at", at}});
        in.row("api_keys", {{"id", ValueCodec::newId()}, {"key_hash", QString("login-hash-%1").arg(i)}, {"name", word(i + 3)},
                            {"tenant_id", tenant}, {"user_id", user}, {"permissions", "[]"}, {"last_used_at", i % 2 ? at : nullText},
                            {"expires_at", nullText}, {"is_active", true}, {"created_at", at}, {"updated_at", at}});
        in.row("projects", {{"id", ValueCodec::newId()}, {"name", word(i + 4)}, {"project_type", "saas_app"},
                            {"tenant_id", tenant}, {"created_by", user}, {"config", "{}"}, {"is_active", i % 2 == 0},
                            {"created_at", at}, {"updated_at", at}});
    }
    for (int i = 0; i < 4; ++i) {
        in.row("plans", {{"id", QString("40000000-0000-4000-8000-%1").arg(i, 12, 10, QChar('0'))}, {"name", word(i)},
                         {"plan_type", plans.at(i % 3)}, {"price_monthly", i * 10.0}, {"price_yearly", i * 100.0},
                         {"currency", "USD"}, {"features", "{}"}, {"limits", "{}"}, {"is_active", true},
                         {"created_at", stamp(i)}, {"updated_at", stamp(i)}});
    }
    for (int i = 0; i < 15; ++i) {
        const QString subscription = QString("50000000-0000-4000-8000-%1").arg(i, 12, 10, QChar('0'));
        in.row("subscriptions", {{"id", subscription}, {"tenant_id", tenantId(i % tenantsWithRows)},
                                 {"plan_id", QString("40000000-0000-4000-8000-%1").arg(i % 4, 12, 10, QChar('0'))},
                                 {"status", "active"}, {"billing_cycle", "monthly"}, {"current_period_start", stamp(i)},
                                 {"current_period_end", stamp(i + 100)}, {"stripe_subscription_id", nullText},
                                 {"stripe_customer_id", word(i)}, {"created_at", stamp(i)}, {"updated_at", stamp(i)}});
        in.row("usage_records", {{"id", ValueCodec::newId()}, {"tenant_id", tenantId((i + 3) % tenantsWithRows)},
                                 {"subscription_id", i % 3 ? QVariant(subscription) : nullText}, {"billing_unit", "token"},
                                 {"quantity", i * 1.5}, {"unit_price", 0.01}, {"total_cost", i * 0.015}, {"currency", "USD"},
                                 {"period_start", stamp(i)}, {"period_end", stamp(i + 1)}, {"created_at", stamp(i)}});
    }
    return in.error();
}

RefTables TableFilterFixture::readAll(const QSqlDatabase &db, QString *error)
{
    RefTables tables;
    for (const TableSpec &table : Schema::tables()) {
        QStringList select;
        for (const ColumnSpec &c : table.columns) {
            const QString name = Ddl::quoteIdentifier(c.name, db.driverName() == "QSQLITE" ? Backend::SQLite : Backend::PostgreSQL);
            // Datetimes as text: QPSQL's QDateTime keeps milliseconds only.
            select.append(c.type == LogicalType::DateTime || c.type == LogicalType::Json ? QString("CAST(%1 AS TEXT)").arg(name) : name);
        }
        QSqlQuery q(db);
        if (!q.exec(QString("SELECT %1 FROM %2").arg(select.join(", "), table.name))) {
            *error = q.lastError().text();
            return {};
        }
        QList<RefRow> rows;
        while (q.next()) {
            RefRow row;
            for (int i = 0; i < table.columns.size(); ++i) {
                const ColumnSpec &c = table.columns.at(i);
                QVariant v = q.value(i).isNull() ? QVariant() : q.value(i);
                if (v.isValid() && c.type == LogicalType::DateTime)
                    v = canonicalDateTime(v.toString());
                else if (v.isValid() && c.type != LogicalType::Json)
                    v = ValueCodec::fromStorage(c, v);
                else if (v.isValid())
                    v = v.toString();
                row.values.insert(c.name, v);
            }
            row.id = row.values.value(table.primaryKey().name).toString();
            rows.append(row);
        }
        tables.insert(table.name, rows);
    }
    return tables;
}

QByteArray TableFilterFixture::checksum(const QSqlDatabase &db)
{
    QString error;
    const RefTables tables = readAll(db, &error);
    if (!error.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableSpec &table : Schema::tables()) {
        QStringList rows;
        for (const RefRow &row : tables.value(table.name)) {
            QStringList cells;
            for (const ColumnSpec &c : table.columns) {
                const QVariant v = row.values.value(c.name);
                cells.append(v.isValid() ? QString::number(v.typeId()) + ':' + v.toString() : QString("\\N"));
            }
            rows.append(cells.join(QChar(0x1f)));
        }
        rows.sort();
        hash.addData(table.name.toUtf8() + QByteArray::number(rows.size()));
        for (const QString &row : rows)
            hash.addData(row.toUtf8() + '\n');
    }
    return hash.result().toHex();
}
