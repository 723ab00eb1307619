#include "recordvalidator.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "jsontext.h"
#include "schema.h"
#include "valuecodec.h"
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::ordered_json;

// Two dates of one row that must come in order: a rule between columns, which the schema's
// per-column description cannot hold.
struct DateOrder
{
    const char *table;
    const char *later;
    const char *earlier;
    bool strict;  // the later one must be after, not merely not before
};

const DateOrder dateOrders[] = {
    {"executions", "completed_at", "created_at", false},
    {"subscriptions", "current_period_end", "current_period_start", true},
    {"usage_records", "period_end", "period_start", false},
};

QString fieldMessage(const ColumnSpec &column, const QString &problem)
{
    return RecordValidator::tr("%1: %2").arg(column.displayLabel(), problem);
}

bool isText(const ColumnSpec &column)
{
    return column.type == LogicalType::Id || column.type == LogicalType::String || column.type == LogicalType::Text
        || column.type == LogicalType::Json;
}

bool writerFills(const ColumnSpec &column)
{
    return column.primaryKey || column.name == QLatin1String("created_at") || column.name == QLatin1String("updated_at");
}

// A NULL; in a NOT NULL text column also blank text, which a form sends for "nothing typed".
bool isMissing(const ColumnSpec &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    return !column.nullable && isText(column) && value.toString().trimmed().isEmpty();
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// A short, one-line rendering of text the user typed, for inside a message.
QString quoted(const QString &text)
{
    return RecordValidator::tr("\"%1\"").arg(JsonText::preview(text, 40));
}

bool isNumeric(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Double: case QMetaType::Float: case QMetaType::Short: case QMetaType::UShort:
    case QMetaType::Long: case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

QString numberProblem(const ColumnSpec &column, const QVariant &value)
{
    bool ok = isNumeric(value);
    double n = value.toDouble();
    if (!ok && value.metaType().id() == QMetaType::QString)
        n = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(n))
        return column.type == LogicalType::Integer ? RecordValidator::tr("must be a whole number")
                                                   : RecordValidator::tr("must be a number");
    if (column.type == LogicalType::Integer && n != std::trunc(n))
        return RecordValidator::tr("must be a whole number");
    if (column.minimum && column.maximum && (n < *column.minimum || n > *column.maximum))
        return RecordValidator::tr("must be between %1 and %2").arg(number(*column.minimum), number(*column.maximum));
    if (column.minimum && n < *column.minimum)
        return RecordValidator::tr("must be at least %1").arg(number(*column.minimum));
    if (column.maximum && n > *column.maximum)
        return RecordValidator::tr("must be at most %1").arg(number(*column.maximum));
    // SQLAlchemy's Integer is a 32-bit INTEGER on PostgreSQL (SQLite's would take 64 bits).
    if (column.type == LogicalType::Integer && n > std::numeric_limits<qint32>::max())
        return RecordValidator::tr("must be at most %1").arg(std::numeric_limits<qint32>::max());
    if (column.type == LogicalType::Integer && n < std::numeric_limits<qint32>::min())
        return RecordValidator::tr("must be at least %1").arg(std::numeric_limits<qint32>::min());
    return {};
}

QString textProblem(const ColumnSpec &column, const QString &text)
{
    // PostgreSQL's text cannot hold U+0000, and QPSQL cuts its statement text there: the
    // lookup below would fail and abort the writer's transaction.
    if (text.contains(QChar(0)))
        return RecordValidator::tr("must not contain a NUL character");
    const qsizetype length = column.maxLength > 0 ? text.toUcs4().size() : 0;
    if (column.maxLength > 0 && length > column.maxLength)
        return RecordValidator::tr("must be at most %n character(s) long", nullptr, column.maxLength);
    if (column.format == TextFormat::Email) {
        // Deliberately loose (one @, a dotted domain, no spaces): the mail server has the last word.
        static const QRegularExpression email(
            QStringLiteral("^[^@\\s\\x{0}-\\x{1f}]+@[^@\\s.\\x{0}-\\x{1f}]+(\\.[^@\\s.\\x{0}-\\x{1f}]+)+$"));
        if (!email.match(text).hasMatch())
            return RecordValidator::tr("must be an email address like name@example.com");
    }
    if (column.format == TextFormat::Slug) {
        static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!slug.match(text).hasMatch())
            return RecordValidator::tr("use lower-case letters, digits and hyphens (e.g. acme-labs)");
    }
    if (!column.choices.isEmpty() && !column.choices.contains(text))
        return RecordValidator::tr("must be one of: %1").arg(column.choices.join(QStringLiteral(", ")));
    return {};
}

// What the parser stopped at: the character starting at the 1-based byte, for a message.
QString unexpected(const std::string &utf8, std::size_t byte)
{
    std::size_t begin = byte - 1;
    while (begin > 0 && (static_cast<unsigned char>(utf8[begin]) & 0xC0) == 0x80)
        --begin;
    std::size_t end = begin + 1;
    while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
        ++end;
    const QString character = QString::fromUtf8(utf8.data() + begin, qsizetype(end - begin));
    if (character.isEmpty() || character.at(0).unicode() < 0x20 || character.at(0).unicode() == 0x7F)
        return RecordValidator::tr("unexpected character U+%1")
            .arg(character.isEmpty() ? 0 : character.at(0).unicode(), 4, 16, QLatin1Char('0'));
    return RecordValidator::tr("unexpected %1").arg(quoted(character));
}

QString parseProblem(const QString &text, const std::string &utf8, std::size_t byte)
{
    // JsonText counts lines and columns the way the rest of the app shows them.
    const JsonText::Parsed parsed = JsonText::parse(text);
    const bool atEnd = byte == 0 || byte > utf8.size() || text.trimmed().isEmpty();
    const QString detail = atEnd ? RecordValidator::tr("the text ends too early") : unexpected(utf8, byte);
    return RecordValidator::tr("JSON error at line %1, column %2: %3")
        .arg(QString::number(parsed.line), QString::number(parsed.column), detail);
}

QString shapeProblem(const ColumnSpec &column, const Json &value)
{
    // SQLAlchemy stores Python None as the JSON text null: the same as no value at all.
    if (value.is_null() && column.nullable)
        return {};
    switch (column.jsonShape) {
    case JsonShape::Any:
        return {};
    case JsonShape::StringArray:
        if (!value.is_array())
            return RecordValidator::tr("must be a JSON array of strings");
        for (const Json &item : value) {
            if (!item.is_string())
                return RecordValidator::tr("must be a JSON array of strings");
        }
        return {};
    case JsonShape::CountMap:
        if (!value.is_object())
            return RecordValidator::tr("must be a JSON object of whole numbers ≥ 0");
        for (auto it = value.begin(); it != value.end(); ++it) {
            const Json &count = it.value();
            if (!count.is_number_integer() || (!count.is_number_unsigned() && count.get<std::int64_t>() < 0))
                return RecordValidator::tr("%1 must be a whole number ≥ 0").arg(quoted(QString::fromStdString(it.key())));
        }
        return {};
    case JsonShape::WorkflowDefinition:
        if (!value.is_object())
            return RecordValidator::tr("must be a JSON object with \"nodes\" and \"edges\" arrays");
        for (const char *member : {"nodes", "edges"}) {
            const auto it = value.find(member);
            if (it == value.end() || !it->is_array())
                return RecordValidator::tr("\"%1\" must be a JSON array").arg(QLatin1String(member));
        }
        return {};
    }
    return {};
}

QString jsonProblem(const ColumnSpec &column, const QString &text)
{
    const std::string utf8 = text.toStdString();
    Json value;
    try {
        value = Json::parse(utf8);
    } catch (const Json::parse_error &e) {
        return parseProblem(text, utf8, e.byte);
    } catch (const Json::exception &) {
        return RecordValidator::tr("JSON error: a number is too large to read");  // 1e400: out_of_range
    }
    return shapeProblem(column, value);
}

QDateTime dateTimeOf(const QVariant &value)
{
    const QDateTime dt = value.metaType().id() == QMetaType::QDateTime ? value.toDateTime().toUTC()
                                                                      : ValueCodec::decodeDateTime(value);
    // SQLAlchemy's text form has exactly four year digits.
    return dt.isValid() && dt.date().year() >= 1 && dt.date().year() <= 9999 ? dt : QDateTime();
}

QString valueProblem(const ColumnSpec &column, const QVariant &value)
{
    switch (column.type) {
    case LogicalType::Integer:
    case LogicalType::Float:
        return numberProblem(column, value);
    case LogicalType::Boolean: {
        const int type = value.metaType().id();
        if (type == QMetaType::Bool || (isNumeric(value) && (value.toDouble() == 0 || value.toDouble() == 1)))
            return {};
        return RecordValidator::tr("must be true or false");
    }
    case LogicalType::DateTime:
        return dateTimeOf(value).isValid() ? QString() : RecordValidator::tr("must be a date and time");
    case LogicalType::Json: {
        const QString text = value.toString();
        return text.contains(QChar(0)) ? RecordValidator::tr("must not contain a NUL character") : jsonProblem(column, text);
    }
    case LogicalType::Id:
    case LogicalType::String:
    case LogicalType::Text:
        return textProblem(column, value.toString());
    }
    return {};
}

QString columnProblem(const ColumnSpec &column, const QVariantMap &values)
{
    const auto it = values.constFind(column.name);
    if (it == values.cend()) {
        if (writerFills(column) || column.nullable || column.defaultKind != ColumnDefault::None)
            return {};
        return RecordValidator::tr("is required");
    }
    if (isMissing(column, *it)) {
        if (column.nullable || column.autoIncrement)  // the database numbers audit_logs.id
            return {};
        return RecordValidator::tr("is required");
    }
    return valueProblem(column, *it);
}

QSet<QString> columnsOf(const FieldProblems &problems)
{
    QSet<QString> columns;
    for (const FieldProblem &p : problems)
        columns.insert(p.column);
    return columns;
}

// A value the database checks may look at: present, not NULL, and not already judged wrong.
bool isCheckable(const QString &column, const QVariantMap &values, const QSet<QString> &failed)
{
    const QVariant value = values.value(column);
    return values.contains(column) && value.isValid() && !value.isNull() && !failed.contains(column);
}

QString uniqueMessage(const TableSpec &table, const ColumnSpec &column)
{
    return fieldMessage(column, RecordValidator::tr("already used by another %1").arg(table.displayItemLabel()));
}

FieldProblem uncheckedProblem(const ColumnSpec &column, const QSqlQuery &query)
{
    // The driver's text is for the log: the message names the field, never SQL.
    qWarning("RecordValidator: %s: %s", qPrintable(column.name), qPrintable(query.lastError().text()));
    return {column.name, fieldMessage(column, RecordValidator::tr("could not be checked against the database"))};
}

void checkUnique(const QSqlDatabase &db, const TableSpec &table, const QVariantMap &values,
                 const QVariant &existingId, FieldProblems *problems)
{
    const Backend backend = DatabaseConnection::backendOf(db);
    const QSet<QString> failed = columnsOf(*problems);
    for (const IndexSpec &index : table.indexes) {
        if (!index.unique || index.columns.isEmpty())
            continue;
        QStringList conditions;
        bool checkable = true;
        for (int i = 0; i < index.columns.size(); ++i) {
            checkable = checkable && isCheckable(index.columns.at(i), values, failed);
            conditions.append(QStringLiteral("%1 = :v%2").arg(Ddl::quoteIdentifier(index.columns.at(i), backend)).arg(i));
        }
        if (!checkable)
            continue;
        const ColumnSpec &key = table.primaryKey();
        const bool isUpdate = existingId.isValid() && !existingId.isNull();
        if (isUpdate)
            conditions.append(QStringLiteral("%1 <> :self").arg(Ddl::quoteIdentifier(key.name, backend)));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                          .arg(Ddl::quoteIdentifier(table.name, backend), conditions.join(QStringLiteral(" AND "))));
        for (int i = 0; i < index.columns.size(); ++i) {
            const ColumnSpec *column = table.column(index.columns.at(i));
            query.bindValue(QStringLiteral(":v%1").arg(i), ValueCodec::toStorage(*column, values.value(column->name)));
        }
        if (isUpdate)
            query.bindValue(QStringLiteral(":self"), ValueCodec::toStorage(key, existingId));
        const ColumnSpec &first = *table.column(index.columns.first());
        if (!query.exec())
            problems->append(uncheckedProblem(first, query));
        else if (query.next())
            problems->append({first.name, uniqueMessage(table, first)});
    }
}

void checkForeignKeys(const QSqlDatabase &db, const TableSpec &table, const QVariantMap &values, FieldProblems *problems)
{
    const Backend backend = DatabaseConnection::backendOf(db);
    const QString tenantColumn = QStringLiteral("tenant_id");
    // The row's own tenant first: when it does not exist, "another tenant" would mislead.
    QList<const ColumnSpec *> columns;
    for (const ColumnSpec &column : table.columns) {
        if (column.isForeignKey())
            columns.insert(column.name == tenantColumn ? 0 : columns.size(), &column);
    }
    for (const ColumnSpec *each : columns) {
        const ColumnSpec &column = *each;
        const QSet<QString> failed = columnsOf(*problems);
        if (!isCheckable(column.name, values, failed))
            continue;
        const TableSpec *target = Schema::table(column.foreignKey.table);
        if (!target)
            continue;
        // A tenant's row may point only at rows of its own tenant (agents.created_by -> a user
        // of that agent's tenant); the database's foreign keys cannot say that.
        const bool sameTenant = column.name != tenantColumn && table.isTenantScoped() && target->isTenantScoped()
            && isCheckable(tenantColumn, values, failed);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :id")
                          .arg(sameTenant ? Ddl::quoteIdentifier(tenantColumn, backend) : QStringLiteral("1"),
                               Ddl::quoteIdentifier(target->name, backend),
                               Ddl::quoteIdentifier(column.foreignKey.column, backend)));
        const ColumnSpec *targetKey = target->column(column.foreignKey.column);
        query.bindValue(QStringLiteral(":id"), ValueCodec::toStorage(targetKey ? *targetKey : column, values.value(column.name)));
        const QString item = target->displayItemLabel();
        if (!query.exec()) {
            problems->append(uncheckedProblem(column, query));
        } else if (!query.next()) {
            problems->append({column.name, fieldMessage(column, RecordValidator::tr("no %1 with this id").arg(item))});
        } else if (sameTenant && query.value(0).isNull()) {
            problems->append({column.name, fieldMessage(column, RecordValidator::tr("the %1 belongs to no tenant").arg(item))});
        } else if (sameTenant && query.value(0).toString() != values.value(tenantColumn).toString()) {
            problems->append({column.name, fieldMessage(column, RecordValidator::tr("the %1 belongs to another tenant").arg(item))});
        }
    }
}

// The unique index of table whose columns are exactly these; nullptr when there is none.
const IndexSpec *uniqueIndexOn(const TableSpec &table, const QStringList &columns)
{
    for (const IndexSpec &index : table.indexes) {
        if (index.unique && index.columns == columns)
            return &index;
    }
    return nullptr;
}

} // namespace

FieldProblems RecordValidator::checkValues(const TableSpec &table, const QVariantMap &values)
{
    FieldProblems problems;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!table.hasColumn(it.key()))
            problems.append({it.key(), tr("%1: no such column in %2").arg(quoted(it.key()), table.displayLabel())});
    }
    for (const ColumnSpec &column : table.columns) {
        const QString problem = columnProblem(column, values);
        if (!problem.isEmpty())
            problems.append({column.name, fieldMessage(column, problem)});
    }
    const QSet<QString> failed = columnsOf(problems);
    for (const DateOrder &order : dateOrders) {
        const QString later = QLatin1String(order.later);
        const QString earlier = QLatin1String(order.earlier);
        if (table.name != QLatin1String(order.table) || !isCheckable(later, values, failed)
            || !isCheckable(earlier, values, failed))
            continue;
        const QDateTime laterValue = dateTimeOf(values.value(later));
        const QDateTime earlierValue = dateTimeOf(values.value(earlier));
        const ColumnSpec &laterColumn = *table.column(later);
        const QString earlierLabel = table.column(earlier)->displayLabel();
        if (order.strict && laterValue <= earlierValue)
            problems.append({later, fieldMessage(laterColumn, tr("must be after %1").arg(earlierLabel))});
        else if (!order.strict && laterValue < earlierValue)
            problems.append({later, fieldMessage(laterColumn, tr("must not be before %1").arg(earlierLabel))});
    }
    return problems;
}

FieldProblems RecordValidator::validate(const QSqlDatabase &db, const TableSpec &table, const QVariantMap &values,
                                        const QVariant &existingId)
{
    FieldProblems problems = checkValues(table, values);
    checkUnique(db, table, values, existingId, &problems);
    checkForeignKeys(db, table, values, &problems);
    return problems;
}

std::optional<FieldProblem> RecordValidator::fromDatabaseError(const TableSpec &table, const QSqlError &error)
{
    const QString text = error.databaseText();
    const IndexSpec *index = nullptr;
    if (error.nativeErrorCode() == QLatin1String("23505")) {
        // PostgreSQL names the index in the server's language, so look for our names, not for
        // words; only on the first line: the DETAIL line quotes the value, which anyone typed.
        const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
        for (const IndexSpec &candidate : table.indexes) {
            const QRegularExpression name(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(candidate.name)));
            if (candidate.unique && name.match(firstLine).hasMatch())
                index = &candidate;
        }
    } else {
        // SQLite: "UNIQUE constraint failed: users.email" (a list for an index on several columns).
        static const QRegularExpression sqlite(QStringLiteral("^UNIQUE constraint failed: ([^\\n]+)$"));
        const QRegularExpressionMatch m = sqlite.match(text);
        if (m.hasMatch()) {
            QStringList columns;
            const QString prefix = table.name + QLatin1Char('.');
            for (const QString &qualified : m.captured(1).trimmed().split(QStringLiteral(", "))) {
                if (!qualified.startsWith(prefix))
                    return std::nullopt;
                columns.append(qualified.mid(prefix.size()));
            }
            index = uniqueIndexOn(table, columns);
        }
    }
    if (!index)
        return std::nullopt;
    const ColumnSpec *column = table.column(index->columns.first());
    if (!column)
        return std::nullopt;
    return FieldProblem{column->name, uniqueMessage(table, *column)};
}

QString RecordValidator::jsonProblem(const ColumnSpec &column, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString problem = text.contains(QChar(0)) ? tr("must not contain a NUL character") : ::jsonProblem(column, text);
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(column.displayLabel(), problem);
}
