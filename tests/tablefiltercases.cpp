#include "tablefiltercases.h"
#include "schema.h"
#include "tablefilterreference.h"
#include "tablefiltersql.h"
#include "valuecodec.h"
#include <QDateTime>

namespace {

using Op = ColumnFilter::Op;

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QString asciiUpper(QString text)
{
    for (QChar &c : text) {
        if (c >= 'a' && c <= 'z')
            c = QChar(c.unicode() - 0x20);
    }
    return text;
}

QString nulText()
{
    return QString("nul") + QChar(0) + "after";
}

QList<QVariant> columnValues(const RefTables &rows, const QString &table, const QString &column)
{
    QList<QVariant> found;
    for (const RefRow &row : rows.value(table)) {
        if (row.values.value(column).isValid())
            found.append(row.values.value(column));
    }
    return found;
}

} // namespace

ColumnFilter TableFilterCases::filter(const QString &column, Op op, const QVariant &value, const QVariant &value2,
                                      const QString &key)
{
    ColumnFilter f;
    f.column = column;
    f.op = op;
    f.value = value;
    f.value2 = value2;
    f.jsonKey = key;
    return f;
}

FilterSet TableFilterCases::only(const ColumnFilter &f)
{
    FilterSet set;
    set.filters = {f};
    return set;
}

FilterSet TableFilterCases::quick(const QString &text)
{
    FilterSet set;
    set.quickSearch = text;
    return set;
}

FilterSet TableFilterCases::lens(const QString &tenantId)
{
    FilterSet set;
    set.tenantId = tenantId;
    return set;
}

QList<FilterCase> TableFilterCases::handPicked(const RefTables &rows)
{
    const QString unicode = QString::fromUtf8("ünï");
    const QString upperUnicode = QString::fromUtf8("ÜNÏ");
    const QString longText = TableFilterFixture::longText();
    const QString stamp100 = rows.value("audit_logs").at(100).values.value("created_at").toString();
    const QDateTime at100 = ValueCodec::decodeDateTime(stamp100);
    FilterSet combo;
    combo.filters = {filter("event_type", Op::Contains, "log"), filter("success", Op::IsTrue),
                     filter("created_at", Op::AtLeast, utc(2025, 1, 5))};
    combo.quickSearch = "o";
    combo.tenantId = TableFilterFixture::tenantId(1);
    return {
        {"event contains login", "audit_logs", only(filter("event_type", Op::Contains, "login"))},
        {"event contains LOGIN", "audit_logs", only(filter("event_type", Op::Contains, "LOGIN"))},
        {"event contains unicode", "audit_logs", only(filter("event_type", Op::Contains, unicode))},
        {"event contains upper unicode", "audit_logs", only(filter("event_type", Op::Contains, upperUnicode))},
        {"event contains rtl mark", "audit_logs", only(filter("event_type", Op::Contains, QString(QChar(0x200f))))},
        {"event equals login", "audit_logs", only(filter("event_type", Op::Equals, "login"))},
        {"event equals padded", "audit_logs", only(filter("event_type", Op::Equals, "  padded  "))},
        {"event not equals login", "audit_logs", only(filter("event_type", Op::NotEquals, "Login"))},
        {"action contains the long text", "audit_logs", only(filter("action", Op::Contains, longText))},
        {"action equals the long text", "audit_logs", only(filter("action", Op::Equals, asciiUpper(longText)))},
        {"action contains most of the long text", "audit_logs", only(filter("action", Op::Contains, longText.mid(10, 60000)))},
        {"action not equals the long text", "audit_logs", only(filter("action", Op::NotEquals, longText))},
        {"action is empty", "audit_logs", only(filter("action", Op::IsEmpty))},
        {"action is not empty", "audit_logs", only(filter("action", Op::IsNotEmpty))},
        {"ip is empty", "audit_logs", only(filter("ip_address", Op::IsEmpty))},
        {"ip in 10/8", "audit_logs", only(filter("ip_address", Op::InSubnet, "10.0.0.0/8"))},
        {"ip in a /24, host bits set", "audit_logs", only(filter("ip_address", Op::InSubnet, "192.0.2.77/24"))},
        {"ip is one address", "audit_logs", only(filter("ip_address", Op::InSubnet, " 192.0.2.1 "))},
        {"ip in every IPv4", "audit_logs", only(filter("ip_address", Op::InSubnet, "0.0.0.0/0"))},
        {"ip in every IPv6", "audit_logs", only(filter("ip_address", Op::InSubnet, "::/0"))},
        {"ip in a /64", "audit_logs", only(filter("ip_address", Op::InSubnet, "2001:db8::/64"))},
        {"ip in a /48", "audit_logs", only(filter("ip_address", Op::InSubnet, "2001:DB8:1::/48"))},
        {"ip is one IPv6", "audit_logs", only(filter("ip_address", Op::InSubnet, "2001:db8::7"))},
        {"ip in a mapped /120", "audit_logs", only(filter("ip_address", Op::InSubnet, "::ffff:192.0.2.0/120"))},
        {"ip in ::/80", "audit_logs", only(filter("ip_address", Op::InSubnet, "::/80"))},
        {"ip in link-local, zone typed", "audit_logs", only(filter("ip_address", Op::InSubnet, "fe80::%eth9/10"))},
        {"user is empty", "audit_logs", only(filter("user_id", Op::IsEmpty))},
        {"user is not empty", "audit_logs", only(filter("user_id", Op::IsNotEmpty))},
        {"success true", "audit_logs", only(filter("success", Op::IsTrue))},
        {"success false", "audit_logs", only(filter("success", Op::IsFalse))},
        {"success empty", "audit_logs", only(filter("success", Op::IsEmpty))},
        {"created at least a stored instant", "audit_logs", only(filter("created_at", Op::AtLeast, at100))},
        {"created at most a stored instant", "audit_logs", only(filter("created_at", Op::AtMost, at100))},
        {"created between, ends swapped", "audit_logs", only(filter("created_at", Op::Between, utc(2025, 1, 20), utc(2025, 1, 10)))},
        {"created at least, local time", "audit_logs", only(filter("created_at", Op::AtLeast, QDateTime(QDate(2025, 1, 10), QTime(1, 30))))},
        {"created at least, as text", "audit_logs", only(filter("created_at", Op::AtLeast, stamp100))},
        {"created empty", "audit_logs", only(filter("created_at", Op::IsEmpty))},
        {"id at least 100", "audit_logs", only(filter("id", Op::AtLeast, 100))},
        {"id at most 50.5", "audit_logs", only(filter("id", Op::AtMost, 50.5))},
        {"id between 300 and 200", "audit_logs", only(filter("id", Op::Between, 300, 200))},
        {"id equals 7", "audit_logs", only(filter("id", Op::Equals, 7))},
        {"id equals 7.5", "audit_logs", only(filter("id", Op::Equals, 7.5))},
        {"id not equals 7", "audit_logs", only(filter("id", Op::NotEquals, "7"))},
        {"id at least text 120", "audit_logs", only(filter("id", Op::AtLeast, "120"))},
        {"details ip equals", "audit_logs", only(filter("details", Op::JsonKeyEquals, "10.0.1.2", {}, "ip"))},
        {"details dotted key", "audit_logs", only(filter("details", Op::JsonKeyContains, "login", {}, "a.b"))},
        {"details quoted key", "audit_logs", only(filter("details", Op::JsonKeyContains, "o'b", {}, "say \"hi\""))},
        {"details key with space", "audit_logs", only(filter("details", Op::JsonKeyEquals, "42", {}, "with space"))},
        {"details escaped unicode key", "audit_logs", only(filter("details", Op::JsonKeyContains, "o", {}, QString::fromUtf8("café")))},
        {"details unicode value", "audit_logs", only(filter("details", Op::JsonKeyContains, unicode, {}, QString::fromUtf8("café")))},
        {"details backslash key", "audit_logs", only(filter("details", Op::JsonKeyEquals, "V", {}, "back\\slash"))},
        {"details integer", "audit_logs", only(filter("details", Op::JsonKeyEquals, "3", {}, "attempts"))},
        {"details true", "audit_logs", only(filter("details", Op::JsonKeyEquals, "TRUE", {}, "ok"))},
        {"details 2.5", "audit_logs", only(filter("details", Op::JsonKeyEquals, "2.5", {}, "ratio"))},
        {"details 1.0", "audit_logs", only(filter("details", Op::JsonKeyEquals, "1.0", {}, "ratio"))},
        {"details negative", "audit_logs", only(filter("details", Op::JsonKeyContains, "-", {}, "ratio"))},
        {"details nested contains", "audit_logs", only(filter("details", Op::JsonKeyContains, "/LOGIN", {}, "request"))},
        {"details nested compact", "audit_logs", only(filter("details", Op::JsonKeyContains, "\"path\":\"/login\"", {}, "request"))},
        {"details nested spaced", "audit_logs", only(filter("details", Op::JsonKeyContains, "\"path\": \"/login\"", {}, "request"))},
        {"details array", "audit_logs", only(filter("details", Op::JsonKeyContains, "x", {}, "tags"))},
        {"details null value", "audit_logs", only(filter("details", Op::JsonKeyEquals, "null", {}, "note"))},
        {"details missing key", "audit_logs", only(filter("details", Op::JsonKeyContains, "a", {}, "nope"))},
        {"details text contains", "audit_logs", only(filter("details", Op::Contains, "LOGIN"))},
        {"details empty", "audit_logs", only(filter("details", Op::IsEmpty))},
        {"details not empty", "audit_logs", only(filter("details", Op::IsNotEmpty))},
        {"user email contains", "audit_logs", only(filter("user_id", Op::DisplayContains, "EXAMPLE"))},
        {"user email contains quote", "audit_logs", only(filter("user_id", Op::DisplayContains, "o'b"))},
        {"user email equals", "audit_logs", only(filter("user_id", Op::DisplayEquals, "upper@example.com"))},
        {"user email contains percent", "audit_logs", only(filter("user_id", Op::DisplayContains, "%"))},
        {"user id equals", "audit_logs", only(filter("user_id", Op::Equals, TableFilterFixture::userId(3)))},
        {"user id not equals", "audit_logs", only(filter("user_id", Op::NotEquals, TableFilterFixture::userId(3)))},
        {"user id one of", "audit_logs", only(filter("user_id", Op::OneOf, QStringList{TableFilterFixture::userId(3), TableFilterFixture::userId(4)}))},
        {"quick login", "audit_logs", quick("login")},
        {"quick unicode", "audit_logs", quick(unicode)},
        {"quick ip", "audit_logs", quick("10.0.1.")},
        {"quick trimmed", "audit_logs", quick("  LOGIN  ")},
        {"quick skips foreign ids", "audit_logs", quick("20000000-0000")},
        {"quick finds its own ids", "executions", quick("e")},
        {"everything at once", "audit_logs", combo},
        {"status one of", "executions", only(filter("status", Op::OneOf, QStringList{"failed", "completed"}))},
        {"status equals is exact", "executions", only(filter("status", Op::Equals, "failed"))},
        {"status not equals", "executions", only(filter("status", Op::NotEquals, "failed"))},
        {"status empty", "executions", only(filter("status", Op::IsEmpty))},
        {"time at least 0.1+0.2", "executions", only(filter("execution_time", Op::AtLeast, 0.1 + 0.2))},
        {"time at most 0.3", "executions", only(filter("execution_time", Op::AtMost, 0.3))},
        {"time equals 0.3", "executions", only(filter("execution_time", Op::Equals, 0.3))},
        {"time between", "executions", only(filter("execution_time", Op::Between, 0.2, 1.5))},
        {"time empty", "executions", only(filter("execution_time", Op::IsEmpty))},
        {"error contains percent", "executions", only(filter("error", Op::Contains, "%"))},
        {"error empty", "executions", only(filter("error", Op::IsEmpty))},
        {"error contains long", "executions", only(filter("error", Op::Contains, longText.right(45000)))},
        {"completed empty", "executions", only(filter("completed_at", Op::IsEmpty))},
        {"completed between", "executions", only(filter("completed_at", Op::Between, utc(2025, 1, 3), utc(2025, 1, 9, 12)))},
        {"model equals", "executions", only(filter("input_data", Op::JsonKeyEquals, "GPT-4O", {}, "model"))},
        {"output empty", "executions", only(filter("output_data", Op::IsEmpty))},
        {"output not empty", "executions", only(filter("output_data", Op::IsNotEmpty))},
        {"tenant name equals", "executions", only(filter("tenant_id", Op::DisplayEquals, "acme"))},
        {"tenant name contains", "executions", only(filter("tenant_id", Op::DisplayContains, "ACME"))},
        {"tenant name contains %", "executions", only(filter("tenant_id", Op::DisplayContains, "100%"))},
        {"tenant name contains _", "executions", only(filter("tenant_id", Op::DisplayContains, "under_"))},
        {"tenant name contains unicode", "executions", only(filter("tenant_id", Op::DisplayContains, unicode))},
        {"creator empty", "executions", only(filter("created_by", Op::IsEmpty))},
        {"id contains", "executions", only(filter("id", Op::Contains, "0001"))},
        {"type equals", "executions", only(filter("execution_type", Op::Equals, "agent"))},
        {"email contains", "users", only(filter("email", Op::Contains, "@EXAMPLE"))},
        {"email equals", "users", only(filter("email", Op::Equals, "upper@example.com"))},
        {"superuser", "users", only(filter("is_superuser", Op::IsTrue))},
        {"no tenant", "users", only(filter("tenant_id", Op::IsEmpty))},
        {"roles empty", "users", only(filter("roles", Op::IsEmpty))},
        {"roles array has no keys", "users", only(filter("roles", Op::JsonKeyEquals, "admin", {}, "0"))},
        {"quick skips the password hash", "users", quick("login%_secret")},
        {"name contains %", "tenants", only(filter("name", Op::Contains, "%"))},
        {"plan one of", "tenants", only(filter("plan", Op::OneOf, QStringList{"pro", "enterprise"}))},
        {"plan empty", "tenants", only(filter("plan", Op::IsEmpty))},
        {"quota agents", "tenants", only(filter("resource_quota", Op::JsonKeyEquals, "10", {}, "agents"))},
        {"quota dotted", "tenants", only(filter("resource_quota", Op::JsonKeyEquals, "Q", {}, "a.b"))},
        {"usage empty", "tenants", only(filter("usage", Op::IsEmpty))},
        {"quick acme", "tenants", quick("acme")},
        {"downloads at least 2.5", "blueprints", only(filter("downloads", Op::AtLeast, 2.5))},
        {"downloads at most 2.5", "blueprints", only(filter("downloads", Op::AtMost, 2.5))},
        {"downloads between 2.2 and 2.8", "blueprints", only(filter("downloads", Op::Between, 2.2, 2.8))},
        {"downloads equals 3", "blueprints", only(filter("downloads", Op::Equals, 3))},
        {"downloads equals 2.5", "blueprints", only(filter("downloads", Op::Equals, 2.5))},
        {"rating empty", "blueprints", only(filter("rating", Op::IsEmpty))},
        {"price between", "blueprints", only(filter("price", Op::Between, 2.5, 7))},
        {"not public", "blueprints", only(filter("is_public", Op::IsFalse))},
        {"publisher contains", "blueprints", only(filter("publisher_id", Op::DisplayContains, "user1"))},
        {"quick skips the key hash", "api_keys", quick("login-hash")},
        {"never used", "api_keys", only(filter("last_used_at", Op::IsEmpty))},
    };
}

QList<FilterCase> TableFilterCases::everyColumnEveryOp(const RefTables &rows)
{
    QList<FilterCase> cases;
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            const QList<QVariant> vals = columnValues(rows, table.name, c.name);
            const QVariant v = vals.isEmpty() ? QVariant() : vals.at(vals.size() / 3);
            const QVariant other = vals.isEmpty() ? QVariant() : vals.at(2 * vals.size() / 3);
            for (const Op op : TableFilterSql::opsFor(c)) {
                ColumnFilter f = filter(c.name, op);
                const QString text = v.toString();
                switch (op) {
                case Op::Contains:
                    f.value = text.size() > 6 ? text.mid(text.size() / 3, 4) : text;
                    break;
                case Op::Equals:
                case Op::NotEquals:
                    // Free text compares without case; ids and enum choices exactly.
                    f.value = (c.type == LogicalType::String || c.type == LogicalType::Text) && c.choices.isEmpty()
                                      && !c.isForeignKey()
                                  ? QVariant(asciiUpper(text))
                                  : v;
                    break;
                case Op::AtLeast:
                case Op::AtMost:
                    f.value = c.type == LogicalType::DateTime ? QVariant(ValueCodec::decodeDateTime(v)) : v;
                    break;
                case Op::Between:
                    f.value = c.type == LogicalType::DateTime ? QVariant(ValueCodec::decodeDateTime(other)) : other;
                    f.value2 = c.type == LogicalType::DateTime ? QVariant(ValueCodec::decodeDateTime(v)) : v;
                    break;
                case Op::OneOf:
                    f.value = QStringList{text, vals.isEmpty() ? QString() : vals.last().toString()};
                    break;
                case Op::JsonKeyEquals:
                case Op::JsonKeyContains:
                    for (const QVariant &json : vals) {
                        for (const auto &m : TableFilterReference::members(json.toString()).value_or(QList<TableFilterReference::JsonMember>())) {
                            if (f.jsonKey.isEmpty() && (m.kind == TableFilterReference::JsonMember::Kind::String
                                                        || m.kind == TableFilterReference::JsonMember::Kind::Number)) {
                                f.jsonKey = m.key;
                                const QString t = m.kind == TableFilterReference::JsonMember::Kind::String ? m.text : m.raw;
                                f.value = op == Op::JsonKeyEquals || t.size() < 3 ? t : t.mid(1, 2);
                            }
                        }
                    }
                    break;
                case Op::DisplayContains:
                case Op::DisplayEquals: {
                    const TableSpec &target = *Schema::table(c.foreignKey.table);
                    for (const RefRow &row : rows.value(target.name)) {
                        if (row.id == text) {
                            const QString display = row.values.value(target.displayColumn).toString();
                            f.value = op == Op::DisplayEquals ? asciiUpper(display) : display.mid(1, 3);
                        }
                    }
                    break;
                }
                case Op::InSubnet:
                    // A range around a stored address: its /24, or /64 for IPv6.
                    for (const QVariant &ip : vals) {
                        const QString t = ip.toString();
                        if (f.value.isNull() && !t.isEmpty() && t.at(0).isDigit() && !t.contains(' ') && t.count('.') == 3)
                            f.value = t + "/24";
                        else if (f.value.isNull() && t.startsWith("2001:db8:"))
                            f.value = t + "/64";
                    }
                    break;
                default:
                    break;
                }
                const bool needsValue = op != Op::IsTrue && op != Op::IsFalse && op != Op::IsEmpty && op != Op::IsNotEmpty;
                if (needsValue && (f.value.toString().isEmpty() && f.value.toStringList().join("").isEmpty()))
                    continue;  // no usable value in the data for this column
                cases.append({c.name + " " + ColumnFilter::opKey(op), table.name, only(f)});
                if (c.type == LogicalType::Integer && (op == Op::AtLeast || op == Op::AtMost)) {
                    f.value = v.toDouble() + 0.5;
                    cases.append({c.name + " " + ColumnFilter::opKey(op) + " fraction", table.name, only(f)});
                }
            }
        }
    }
    return cases;
}

QList<FilterCase> TableFilterCases::hostile()
{
    const QStringList needles = {"%", "_", "'", "\\", "'; DROP TABLE users; --", "%_\\", "\\%", "''",
                                 QString::fromUtf8("ünïcödé"),
                                 QString::fromUtf8("🚀"), QString(QChar(0x200f)), QString(QChar(0x202e)),
                                 QString::fromUtf8("日本"), nulText(), QString(QChar(0)),
                                 "nul", "O'Brien", "100%", "tab\t", "line\nbreak"};
    QList<FilterCase> cases;
    for (const QString &n : needles) {
        const QString shown = QString(n).replace(QChar(0), "<NUL>").replace('\n', "<LF>").replace('\t', "<TAB>");
        auto add = [&](const QString &what, const QString &table, const FilterSet &set) {
            cases.append({what + " [" + shown + "]", table, set});
        };
        add("event contains", "audit_logs", only(filter("event_type", Op::Contains, n)));
        add("event equals", "audit_logs", only(filter("event_type", Op::Equals, n)));
        add("event not equals", "audit_logs", only(filter("event_type", Op::NotEquals, n)));
        add("action contains", "audit_logs", only(filter("action", Op::Contains, n)));
        add("error contains", "executions", only(filter("error", Op::Contains, n)));
        add("tenant name contains", "users", only(filter("tenant_id", Op::DisplayContains, n)));
        add("tenant name equals", "users", only(filter("tenant_id", Op::DisplayEquals, n)));
        add("user email contains", "audit_logs", only(filter("user_id", Op::DisplayContains, n)));
        add("json value", "audit_logs", only(filter("details", Op::JsonKeyContains, n, {}, "a.b")));
        add("json key", "audit_logs", only(filter("details", Op::JsonKeyEquals, "v", {}, n)));
        add("json text", "audit_logs", only(filter("details", Op::Contains, n)));
        add("quick", "audit_logs", quick(n));
        add("quick", "tenants", quick(n));
        add("quick", "users", quick(n));
        add("one of", "executions", only(filter("status", Op::OneOf, QStringList{n, "failed"})));
        add("id equals", "users", only(filter("id", Op::Equals, n)));
        add("tenant name", "tenants", only(filter("name", Op::Contains, n)));
        add("lens", "audit_logs", lens(n));
        add("lens", "users", lens(n));
        add("lens", "tenants", lens(n));
    }
    return cases;
}
