#include "tablefilterreference.h"
#include "schema.h"
#include "subnetreference.h"
#include "valuecodec.h"
#include <QDateTime>

namespace {

using Op = ColumnFilter::Op;
using Kind = TableFilterReference::JsonMember::Kind;

bool isJsonSpace(QChar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A strict JSON reader, enough to validate text and find an object's top-level members.
class Scanner
{
public:
    explicit Scanner(const QString &text) : m_s(text) {}

    bool document(QList<TableFilterReference::JsonMember> *members)
    {
        space();
        const bool object = m_p < m_s.size() && m_s.at(m_p) == '{';
        Kind kind;
        QString text;
        const bool ok = object ? this->object(members) : value(&kind, &text);
        space();
        return ok && m_p == m_s.size();
    }

private:
    void space()
    {
        while (m_p < m_s.size() && isJsonSpace(m_s.at(m_p)))
            ++m_p;
    }
    bool eat(QChar c)
    {
        space();
        if (m_p < m_s.size() && m_s.at(m_p) == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool string(QString *out)
    {
        if (!eat('"'))
            return false;
        while (m_p < m_s.size()) {
            const QChar c = m_s.at(m_p++);
            if (c == '"')
                return true;
            if (c.unicode() < 0x20)
                return false;
            if (c != '\\') {
                out->append(c);
                continue;
            }
            if (m_p >= m_s.size())
                return false;
            const QChar e = m_s.at(m_p++);
            static const QString plain = "\"\\/bfnrt";
            static const QString meant = QString("\"\\/\b\f\n\r\t");
            if (plain.contains(e)) {
                out->append(meant.at(plain.indexOf(e)));
            } else if (e == 'u' && m_p + 4 <= m_s.size()) {
                bool ok = false;
                const ushort unit = m_s.mid(m_p, 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                out->append(QChar(unit));  // surrogate halves pair up in UTF-16
                m_p += 4;
            } else {
                return false;
            }
        }
        return false;
    }
    bool number()
    {
        if (m_p < m_s.size() && m_s.at(m_p) == '-')
            ++m_p;
        auto digits = [&] {
            const int from = m_p;
            while (m_p < m_s.size() && m_s.at(m_p).isDigit() && m_s.at(m_p).unicode() < 0x80)
                ++m_p;
            return m_p > from;
        };
        // One zero, or digits not starting with zero: "01" is not JSON.
        if (m_p < m_s.size() && m_s.at(m_p) == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p < m_s.size() && m_s.at(m_p) == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p < m_s.size() && (m_s.at(m_p) == 'e' || m_s.at(m_p) == 'E')) {
            ++m_p;
            if (m_p < m_s.size() && (m_s.at(m_p) == '+' || m_s.at(m_p) == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }
    bool literal(const char *word)
    {
        const QString w = QString::fromLatin1(word);
        if (m_s.mid(m_p, w.size()) != w)
            return false;
        m_p += int(w.size());
        return true;
    }
    bool value(Kind *kind, QString *text)
    {
        space();
        if (m_p >= m_s.size())
            return false;
        const QChar c = m_s.at(m_p);
        if (c == '"') {
            *kind = Kind::String;
            return string(text);
        }
        if (c == '{') {
            *kind = Kind::Object;
            return object(nullptr);
        }
        if (c == '[') {
            *kind = Kind::Array;
            ++m_p;
            if (eat(']'))
                return true;
            do {
                Kind k;
                QString t;
                if (!value(&k, &t))
                    return false;
            } while (eat(','));
            return eat(']');
        }
        if (c == 't') {
            *kind = Kind::True;
            return literal("true");
        }
        if (c == 'f') {
            *kind = Kind::False;
            return literal("false");
        }
        if (c == 'n') {
            *kind = Kind::Null;
            return literal("null");
        }
        *kind = Kind::Number;
        return number();
    }
    bool object(QList<TableFilterReference::JsonMember> *members)
    {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        do {
            TableFilterReference::JsonMember m;
            space();
            if (!string(&m.key) || !eat(':'))
                return false;
            space();
            const int start = m_p;
            if (!value(&m.kind, &m.text))
                return false;
            m.raw = m_s.mid(start, m_p - start);
            if (members)
                members->append(m);
        } while (eat(','));
        return eat('}');
    }

    const QString &m_s;
    int m_p = 0;
};

QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= 'A' && c <= 'Z')
            c = QChar(c.unicode() + 0x20);
    }
    return text;
}

int compareValues(const ColumnSpec &c, const QVariant &stored, const QVariant &bound)
{
    if (c.type == LogicalType::DateTime) {
        const QDateTime dt = bound.metaType().id() == QMetaType::QDateTime ? bound.toDateTime()
                                                                          : ValueCodec::decodeDateTime(bound);
        return stored.toString().compare(ValueCodec::encodeDateTime(dt));
    }
    const double a = stored.toDouble();
    const double b = bound.toDouble();
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

TableFilterReference::TableFilterReference(const RefTables &tables, Backend backend, bool foldsUnicode)
    : m_tables(tables)
    , m_backend(backend)
    , m_foldsUnicode(foldsUnicode)
{
}

std::optional<QList<TableFilterReference::JsonMember>> TableFilterReference::members(const QString &json)
{
    QList<JsonMember> found;
    Scanner scanner(json);
    if (!scanner.document(&found))
        return std::nullopt;
    return found;
}

QString TableFilterReference::minified(const QString &json)
{
    QString out;
    bool inString = false;
    for (int i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
        } else if (!isJsonSpace(c)) {
            out.append(c);
            inString = c == '"';
        }
    }
    return out;
}

QString TableFilterReference::fold(const QString &text) const
{
    return m_foldsUnicode ? text.toLower() : asciiLower(text);
}

bool TableFilterReference::containsText(const QVariant &value, const QString &needle) const
{
    return value.isValid() && fold(value.toString()).contains(fold(needle));
}

bool TableFilterReference::equalsText(const QVariant &value, const QString &needle) const
{
    return value.isValid() && fold(value.toString()) == fold(needle);
}

std::optional<QString> TableFilterReference::jsonValueText(const JsonMember &m) const
{
    switch (m.kind) {
    case Kind::String: return m.text;
    case Kind::Null:   return std::nullopt;
    case Kind::True:   return QString("true");
    case Kind::False:  return QString("false");
    case Kind::Number: return m.raw;
    case Kind::Object:
    case Kind::Array:
        // SQLite renders nested JSON compactly; PostgreSQL's json keeps the stored text.
        return m_backend == Backend::SQLite ? minified(m.raw) : m.raw;
    }
    return std::nullopt;
}

const RefRow *TableFilterReference::rowById(const QString &table, const QString &id) const
{
    const auto rows = m_tables.constFind(table);
    if (rows == m_tables.constEnd())
        return nullptr;
    for (const RefRow &row : *rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

bool TableFilterReference::matches(const TableSpec &table, const RefRow &row, const ColumnFilter &f) const
{
    const ColumnSpec &c = *table.column(f.column);
    const QVariant v = row.values.value(f.column);
    const QString needle = f.value.toString();
    const bool number = c.type == LogicalType::Integer || c.type == LogicalType::Float;
    const bool exact = c.type == LogicalType::Id || c.isForeignKey() || !c.choices.isEmpty();
    switch (f.op) {
    case Op::Contains:
        return containsText(v, needle);
    case Op::Equals:
        if (number)
            return v.isValid() && v.toDouble() == f.value.toDouble();
        return exact ? v.isValid() && v.toString() == needle : equalsText(v, needle);
    case Op::NotEquals: {
        ColumnFilter equals = f;
        equals.op = Op::Equals;
        return !v.isValid() || !matches(table, row, equals);
    }
    case Op::AtLeast:
        return v.isValid() && compareValues(c, v, f.value) >= 0;
    case Op::AtMost:
        return v.isValid() && compareValues(c, v, f.value) <= 0;
    case Op::Between: {
        const bool inOrder = c.type == LogicalType::DateTime ? f.value.toDateTime() <= f.value2.toDateTime()
                                                             : f.value.toDouble() <= f.value2.toDouble();
        const QVariant low = inOrder ? f.value : f.value2;
        const QVariant high = inOrder ? f.value2 : f.value;
        return v.isValid() && compareValues(c, v, low) >= 0 && compareValues(c, v, high) <= 0;
    }
    case Op::IsTrue:
        return v.isValid() && v.toBool();
    case Op::IsFalse:
        return v.isValid() && !v.toBool();
    case Op::OneOf:
        return v.isValid() && f.value.toStringList().contains(v.toString());
    case Op::IsEmpty:
    case Op::IsNotEmpty: {
        bool empty = !v.isValid();
        if (!empty && c.type == LogicalType::Json) {
            const QString text = v.toString();
            const QString shape = minified(text);
            empty = text.isEmpty() || (members(text) && (shape == "null" || shape == "{}" || shape == "[]"));
        } else if (!empty && (c.type == LogicalType::String || c.type == LogicalType::Text || c.type == LogicalType::Id)) {
            empty = v.toString().isEmpty();
        }
        return f.op == Op::IsEmpty ? empty : !empty;
    }
    case Op::JsonKeyEquals:
    case Op::JsonKeyContains: {
        const auto found = v.isValid() ? members(v.toString()) : std::nullopt;
        for (const JsonMember &m : found.value_or(QList<JsonMember>())) {
            const std::optional<QString> text = m.key == f.jsonKey ? jsonValueText(m) : std::nullopt;
            if (text && (f.op == Op::JsonKeyEquals ? equalsText(*text, needle) : containsText(*text, needle)))
                return true;
        }
        return false;
    }
    case Op::DisplayContains:
    case Op::DisplayEquals: {
        const RefRow *target = v.isValid() ? rowById(c.foreignKey.table, v.toString()) : nullptr;
        if (!target)
            return false;
        const QVariant display = target->values.value(Schema::table(c.foreignKey.table)->displayColumn);
        return f.op == Op::DisplayContains ? containsText(display, needle) : equalsText(display, needle);
    }
    case Op::InSubnet:
        return v.isValid() && SubnetReference::matches(v.toString(), needle);
    }
    return false;
}

// Written out per table on purpose: TableFilterSql derives these from foreign keys, and
// this list is what that derivation must arrive at.
bool TableFilterReference::inLens(const TableSpec &table, const RefRow &row, const QString &tenantId) const
{
    static const QStringList direct = {"users", "agents", "workflows", "executions", "api_keys",
                                       "projects", "subscriptions", "usage_records"};
    static const QHash<QString, QString> throughUsers = {{"audit_logs", "user_id"}, {"blueprints", "publisher_id"}};
    if (table.name == "tenants")
        return row.id == tenantId;
    if (direct.contains(table.name))
        return row.values.value("tenant_id").toString() == tenantId && row.values.value("tenant_id").isValid();
    if (throughUsers.contains(table.name)) {
        const QVariant user = row.values.value(throughUsers.value(table.name));
        const RefRow *owner = user.isValid() ? rowById("users", user.toString()) : nullptr;
        return owner && owner->values.value("tenant_id").isValid() && owner->values.value("tenant_id").toString() == tenantId;
    }
    return true;  // plans: the shared catalogue
}

bool TableFilterReference::quickMatch(const TableSpec &table, const RefRow &row, const QString &needle) const
{
    for (const ColumnSpec &c : table.columns) {
        const bool text = c.type == LogicalType::String || c.type == LogicalType::Text;
        const bool secret = c.name == "hashed_password" || c.name == "key_hash";
        if (text && !c.isForeignKey() && !secret && containsText(row.values.value(c.name), needle))
            return true;
    }
    return false;
}

QSet<QString> TableFilterReference::ids(const TableSpec &table, const FilterSet &set) const
{
    QSet<QString> result;
    const QString quick = set.quickSearch.trimmed();
    for (const RefRow &row : m_tables.value(table.name)) {
        bool keep = set.tenantId.isEmpty() || inLens(table, row, set.tenantId);
        for (const ColumnFilter &f : set.filters)
            keep = keep && matches(table, row, f);
        keep = keep && (quick.isEmpty() || quickMatch(table, row, quick));
        if (keep)
            result.insert(row.id);
    }
    return result;
}
