#include "schema.h"

namespace {

// Small builders so each column below reads as one line of the data model.
ColumnSpec column(const char *name, LogicalType type, const char *label)
{
    ColumnSpec c;
    c.name = QLatin1String(name);
    c.type = type;
    c.label = label;
    // The app's limit for short text, which the platform's unbounded VARCHARs leave open.
    if (type == LogicalType::String)
        c.maxLength = 255;
    return c;
}

ColumnSpec required(ColumnSpec c)
{
    c.nullable = false;
    return c;
}

ColumnSpec ipAddress(ColumnSpec c)
{
    c.isIpAddress = true;
    return c;
}

ColumnSpec withDefault(ColumnSpec c, const QVariant &value)
{
    c.defaultKind = ColumnDefault::Value;
    c.defaultValue = value;
    return c;
}

ColumnSpec withChoices(ColumnSpec c, const QStringList &choices)
{
    c.choices = choices;
    return c;
}

ColumnSpec withMaxLength(ColumnSpec c, int maxLength)
{
    c.maxLength = maxLength;
    return c;
}

ColumnSpec withFormat(ColumnSpec c, TextFormat format)
{
    c.format = format;
    return c;
}

ColumnSpec withShape(ColumnSpec c, JsonShape shape)
{
    c.jsonShape = shape;
    return c;
}

ColumnSpec inRange(ColumnSpec c, double minimum, std::optional<double> maximum = std::nullopt)
{
    c.minimum = minimum;
    c.maximum = maximum;
    return c;
}

ColumnSpec references(ColumnSpec c, const char *table)
{
    c.foreignKey = {QLatin1String(table), QStringLiteral("id")};
    return c;
}

ColumnSpec idColumn()
{
    ColumnSpec c = required(column("id", LogicalType::Id, QT_TRANSLATE_NOOP("Schema", "ID")));
    c.primaryKey = true;
    c.defaultKind = ColumnDefault::NewId;
    return c;
}

ColumnSpec timestamp(const char *name, const char *label)
{
    ColumnSpec c = column(name, LogicalType::DateTime, label);
    c.defaultKind = ColumnDefault::Now;
    return c;
}

ColumnSpec createdAt() { return timestamp("created_at", QT_TRANSLATE_NOOP("Schema", "Created")); }
ColumnSpec updatedAt() { return timestamp("updated_at", QT_TRANSLATE_NOOP("Schema", "Updated")); }
ColumnSpec isActive()
{
    return withDefault(column("is_active", LogicalType::Boolean, QT_TRANSLATE_NOOP("Schema", "Active")), true);
}
ColumnSpec tenantId()
{
    return required(references(column("tenant_id", LogicalType::String, QT_TRANSLATE_NOOP("Schema", "Tenant")), "tenants"));
}
ColumnSpec createdBy()
{
    return references(column("created_by", LogicalType::String, QT_TRANSLATE_NOOP("Schema", "Created by")), "users");
}
ColumnSpec name() { return required(column("name", LogicalType::String, QT_TRANSLATE_NOOP("Schema", "Name"))); }
ColumnSpec json(const char *name, const char *label, const char *defaultJson)
{
    return withDefault(column(name, LogicalType::Json, label), QString::fromLatin1(defaultJson));
}

const QStringList planChoices = {QStringLiteral("free"), QStringLiteral("pro"), QStringLiteral("enterprise")};

QList<TableSpec> buildTables()
{
    using T = LogicalType;
    QList<TableSpec> tables;

    tables.append({QStringLiteral("tenants"), TableGroup::IdentityAccess, QT_TRANSLATE_NOOP("Schema", "Tenants"),
                   QT_TRANSLATE_NOOP("Schema", "tenant"), QStringLiteral("name"),
                   {idColumn(), name(),
                    withFormat(withMaxLength(required(column("slug", T::String, QT_TRANSLATE_NOOP("Schema", "Slug"))), 63),
                               TextFormat::Slug),
                    isActive(),
                    withDefault(withChoices(column("plan", T::String, QT_TRANSLATE_NOOP("Schema", "Plan")), planChoices),
                                QStringLiteral("free")),
                    withShape(json("resource_quota", QT_TRANSLATE_NOOP("Schema", "Resource quota"), "{}"), JsonShape::CountMap),
                    withShape(json("usage", QT_TRANSLATE_NOOP("Schema", "Usage"), "{}"), JsonShape::CountMap),
                    createdAt(), updatedAt()},
                   {{QStringLiteral("ix_tenants_slug"), {QStringLiteral("slug")}, true}}});

    tables.append({QStringLiteral("users"), TableGroup::IdentityAccess, QT_TRANSLATE_NOOP("Schema", "Users"),
                   QT_TRANSLATE_NOOP("Schema", "user"), QStringLiteral("email"),
                   {idColumn(),
                    withFormat(withMaxLength(required(column("email", T::String, QT_TRANSLATE_NOOP("Schema", "Email"))), 320),
                               TextFormat::Email),
                    required(column("hashed_password", T::String, QT_TRANSLATE_NOOP("Schema", "Password hash"))),
                    isActive(),
                    withDefault(column("is_superuser", T::Boolean, QT_TRANSLATE_NOOP("Schema", "Superuser")), false),
                    references(column("tenant_id", T::String, QT_TRANSLATE_NOOP("Schema", "Tenant")), "tenants"),
                    withShape(json("roles", QT_TRANSLATE_NOOP("Schema", "Roles"), "[]"), JsonShape::StringArray),
                    withShape(json("permissions", QT_TRANSLATE_NOOP("Schema", "Permissions"), "[]"), JsonShape::StringArray),
                    createdAt(), updatedAt()},
                   {{QStringLiteral("ix_users_email"), {QStringLiteral("email")}, true}}});

    tables.append({QStringLiteral("api_keys"), TableGroup::IdentityAccess, QT_TRANSLATE_NOOP("Schema", "API keys"),
                   QT_TRANSLATE_NOOP("Schema", "API key"), QStringLiteral("name"),
                   {idColumn(),
                    required(column("key_hash", T::String, QT_TRANSLATE_NOOP("Schema", "Key hash"))),
                    name(), tenantId(),
                    references(column("user_id", T::String, QT_TRANSLATE_NOOP("Schema", "User")), "users"),
                    withShape(json("permissions", QT_TRANSLATE_NOOP("Schema", "Permissions"), "[]"), JsonShape::StringArray),
                    column("last_used_at", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Last used")),
                    column("expires_at", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Expires")),
                    isActive(), createdAt(), updatedAt()},
                   {{QStringLiteral("ix_api_keys_key_hash"), {QStringLiteral("key_hash")}, true}}});

    tables.append({QStringLiteral("agents"), TableGroup::CoreResources, QT_TRANSLATE_NOOP("Schema", "Agents"),
                   QT_TRANSLATE_NOOP("Schema", "agent"), QStringLiteral("name"),
                   {idColumn(), name(),
                    column("instructions", T::Text, QT_TRANSLATE_NOOP("Schema", "Instructions")),
                    withDefault(column("model", T::String, QT_TRANSLATE_NOOP("Schema", "Model")), QStringLiteral("gpt-4o")),
                    tenantId(), createdBy(), createdAt(), updatedAt()},
                   {}});

    tables.append({QStringLiteral("workflows"), TableGroup::CoreResources, QT_TRANSLATE_NOOP("Schema", "Workflows"),
                   QT_TRANSLATE_NOOP("Schema", "workflow"), QStringLiteral("name"),
                   {idColumn(), name(),
                    withShape(json("definition", QT_TRANSLATE_NOOP("Schema", "Definition"), "{\"nodes\": [], \"edges\": []}"),
                              JsonShape::WorkflowDefinition),
                    tenantId(), createdBy(), createdAt(), updatedAt()},
                   {}});

    tables.append({QStringLiteral("blueprints"), TableGroup::CoreResources, QT_TRANSLATE_NOOP("Schema", "Blueprints"),
                   QT_TRANSLATE_NOOP("Schema", "blueprint"), QStringLiteral("name"),
                   {idColumn(), name(),
                    column("description", T::Text, QT_TRANSLATE_NOOP("Schema", "Description")),
                    withDefault(column("version", T::String, QT_TRANSLATE_NOOP("Schema", "Version")), QStringLiteral("1.0.0")),
                    json("definition", QT_TRANSLATE_NOOP("Schema", "Definition"), "{}"),
                    withDefault(withChoices(column("pricing_model", T::String, QT_TRANSLATE_NOOP("Schema", "Pricing model")),
                                            {QStringLiteral("free"), QStringLiteral("one-time"), QStringLiteral("subscription")}),
                                QStringLiteral("free")),
                    inRange(withDefault(column("price", T::Float, QT_TRANSLATE_NOOP("Schema", "Price")), 0.0), 0),
                    references(column("publisher_id", T::String, QT_TRANSLATE_NOOP("Schema", "Publisher")), "users"),
                    withDefault(column("is_public", T::Boolean, QT_TRANSLATE_NOOP("Schema", "Public")), false),
                    inRange(withDefault(column("downloads", T::Integer, QT_TRANSLATE_NOOP("Schema", "Downloads")), 0), 0),
                    inRange(withDefault(column("rating", T::Float, QT_TRANSLATE_NOOP("Schema", "Rating")), 0.0), 0, 5),
                    inRange(withDefault(column("reviews_count", T::Integer, QT_TRANSLATE_NOOP("Schema", "Reviews")), 0), 0),
                    createdAt(), updatedAt()},
                   {}});

    tables.append({QStringLiteral("projects"), TableGroup::CoreResources, QT_TRANSLATE_NOOP("Schema", "Projects"),
                   QT_TRANSLATE_NOOP("Schema", "project"), QStringLiteral("name"),
                   {idColumn(), name(),
                    withDefault(withChoices(column("project_type", T::String, QT_TRANSLATE_NOOP("Schema", "Project type")),
                                            {QStringLiteral("saas_app"), QStringLiteral("blueprint_deployment"),
                                             QStringLiteral("internal_tool"), QStringLiteral("api_integration")}),
                                QStringLiteral("saas_app")),
                    tenantId(), createdBy(),
                    json("config", QT_TRANSLATE_NOOP("Schema", "Configuration"), "{}"),
                    isActive(), createdAt(), updatedAt()},
                   {}});

    tables.append({QStringLiteral("executions"), TableGroup::Execution, QT_TRANSLATE_NOOP("Schema", "Executions"),
                   QT_TRANSLATE_NOOP("Schema", "execution"), QStringLiteral("id"),
                   {idColumn(),
                    required(withChoices(column("execution_type", T::String, QT_TRANSLATE_NOOP("Schema", "Type")),
                                         {QStringLiteral("agent"), QStringLiteral("workflow")})),
                    required(column("resource_id", T::String, QT_TRANSLATE_NOOP("Schema", "Resource"))),
                    withDefault(required(withChoices(column("status", T::String, QT_TRANSLATE_NOOP("Schema", "Status")),
                                                     {QStringLiteral("pending"), QStringLiteral("running"),
                                                      QStringLiteral("completed"), QStringLiteral("failed")})),
                                QStringLiteral("pending")),
                    json("input_data", QT_TRANSLATE_NOOP("Schema", "Input"), "{}"),
                    column("output_data", T::Json, QT_TRANSLATE_NOOP("Schema", "Output")),
                    column("error", T::Text, QT_TRANSLATE_NOOP("Schema", "Error")),
                    inRange(column("execution_time", T::Float, QT_TRANSLATE_NOOP("Schema", "Duration (s)")), 0),
                    tenantId(), createdBy(), createdAt(),
                    column("completed_at", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Completed"))},
                   {},
                   true});

    tables.append({QStringLiteral("plans"), TableGroup::Billing, QT_TRANSLATE_NOOP("Schema", "Plans"),
                   QT_TRANSLATE_NOOP("Schema", "plan"), QStringLiteral("name"),
                   {idColumn(), name(),
                    withDefault(required(withChoices(column("plan_type", T::String, QT_TRANSLATE_NOOP("Schema", "Plan type")),
                                                     planChoices)),
                                QStringLiteral("free")),
                    inRange(withDefault(column("price_monthly", T::Float, QT_TRANSLATE_NOOP("Schema", "Monthly price")), 0.0), 0),
                    inRange(withDefault(column("price_yearly", T::Float, QT_TRANSLATE_NOOP("Schema", "Yearly price")), 0.0), 0),
                    withDefault(column("currency", T::String, QT_TRANSLATE_NOOP("Schema", "Currency")), QStringLiteral("USD")),
                    json("features", QT_TRANSLATE_NOOP("Schema", "Features"), "{}"),
                    json("limits", QT_TRANSLATE_NOOP("Schema", "Limits"), "{}"),
                    isActive(), createdAt(), updatedAt()},
                   {}});

    tables.append({QStringLiteral("subscriptions"), TableGroup::Billing, QT_TRANSLATE_NOOP("Schema", "Subscriptions"),
                   QT_TRANSLATE_NOOP("Schema", "subscription"), QStringLiteral("id"),
                   {idColumn(), tenantId(),
                    required(references(column("plan_id", T::String, QT_TRANSLATE_NOOP("Schema", "Plan")), "plans")),
                    withDefault(required(withChoices(column("status", T::String, QT_TRANSLATE_NOOP("Schema", "Status")),
                                                     {QStringLiteral("active"), QStringLiteral("cancelled"),
                                                      QStringLiteral("expired")})),
                                QStringLiteral("active")),
                    withDefault(withChoices(column("billing_cycle", T::String, QT_TRANSLATE_NOOP("Schema", "Billing cycle")),
                                            {QStringLiteral("monthly"), QStringLiteral("yearly")}),
                                QStringLiteral("monthly")),
                    column("current_period_start", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Period start")),
                    column("current_period_end", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Period end")),
                    column("stripe_subscription_id", T::String, QT_TRANSLATE_NOOP("Schema", "Stripe subscription")),
                    column("stripe_customer_id", T::String, QT_TRANSLATE_NOOP("Schema", "Stripe customer")),
                    createdAt(), updatedAt()},
                   {}});

    tables.append({QStringLiteral("usage_records"), TableGroup::Billing, QT_TRANSLATE_NOOP("Schema", "Usage records"),
                   QT_TRANSLATE_NOOP("Schema", "usage record"), QStringLiteral("id"),
                   {idColumn(), tenantId(),
                    references(column("subscription_id", T::String, QT_TRANSLATE_NOOP("Schema", "Subscription")), "subscriptions"),
                    required(withChoices(column("billing_unit", T::String, QT_TRANSLATE_NOOP("Schema", "Billing unit")),
                                         {QStringLiteral("agent_run"), QStringLiteral("workflow_run"),
                                          QStringLiteral("token"), QStringLiteral("api_call")})),
                    inRange(required(column("quantity", T::Float, QT_TRANSLATE_NOOP("Schema", "Quantity"))), 0),
                    inRange(withDefault(column("unit_price", T::Float, QT_TRANSLATE_NOOP("Schema", "Unit price")), 0.0), 0),
                    inRange(withDefault(column("total_cost", T::Float, QT_TRANSLATE_NOOP("Schema", "Total cost")), 0.0), 0),
                    withDefault(column("currency", T::String, QT_TRANSLATE_NOOP("Schema", "Currency")), QStringLiteral("USD")),
                    column("period_start", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Period start")),
                    column("period_end", T::DateTime, QT_TRANSLATE_NOOP("Schema", "Period end")),
                    createdAt()},
                   {},
                   true});

    ColumnSpec auditId = required(column("id", T::Integer, QT_TRANSLATE_NOOP("Schema", "ID")));
    auditId.primaryKey = true;
    auditId.autoIncrement = true;
    tables.append({QStringLiteral("audit_logs"), TableGroup::Audit, QT_TRANSLATE_NOOP("Schema", "Audit logs"),
                   QT_TRANSLATE_NOOP("Schema", "audit log entry"), QStringLiteral("event_type"),
                   {auditId,
                    required(column("event_type", T::String, QT_TRANSLATE_NOOP("Schema", "Event"))),
                    references(column("user_id", T::String, QT_TRANSLATE_NOOP("Schema", "User")), "users"),
                    column("resource_type", T::String, QT_TRANSLATE_NOOP("Schema", "Resource type")),
                    column("resource_id", T::String, QT_TRANSLATE_NOOP("Schema", "Resource")),
                    column("action", T::String, QT_TRANSLATE_NOOP("Schema", "Action")),
                    withDefault(column("success", T::Boolean, QT_TRANSLATE_NOOP("Schema", "Success")), true),
                    json("details", QT_TRANSLATE_NOOP("Schema", "Details"), "{}"),
                    ipAddress(column("ip_address", T::String, QT_TRANSLATE_NOOP("Schema", "IP address"))),
                    createdAt()},
                   {{QStringLiteral("ix_audit_logs_created_at"), {QStringLiteral("created_at")}, false}},
                   true});
    return tables;
}

} // namespace

QString ColumnSpec::displayLabel() const
{
    return QCoreApplication::translate("Schema", label);
}

bool ColumnSpec::isSecret() const
{
    return name == QLatin1String("hashed_password") || name == QLatin1String("key_hash");
}

QString TableSpec::displayLabel() const
{
    return QCoreApplication::translate("Schema", label);
}

QString TableSpec::displayLabelInSentence() const
{
    // Whether nouns keep their capital inside a sentence is the language's to say: the
    // catalogue answers "keep" (German) or leaves the English "lower".
    const QString rule = QCoreApplication::translate("Schema", "lower", "Translate as \"keep\" where nouns keep their capital letter inside a sentence");
    return rule == QLatin1String("keep") ? displayLabel() : displayLabel().toLower();
}

QString TableSpec::displayItemLabel() const
{
    return QCoreApplication::translate("Schema", itemLabel);
}

const ColumnSpec *TableSpec::column(const QString &columnName) const
{
    for (const ColumnSpec &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

int TableSpec::columnIndex(const QString &columnName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == columnName)
            return i;
    }
    return -1;
}

const ColumnSpec &TableSpec::primaryKey() const
{
    for (const ColumnSpec &c : columns) {
        if (c.primaryKey)
            return c;
    }
    Q_UNREACHABLE();
}

QStringList TableSpec::columnNames() const
{
    QStringList names;
    for (const ColumnSpec &c : columns)
        names.append(c.name);
    return names;
}

const QList<TableSpec> &Schema::tables()
{
    static const QList<TableSpec> all = buildTables();
    return all;
}

const TableSpec *Schema::table(const QString &name)
{
    for (const TableSpec &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList Schema::tableNames()
{
    QStringList names;
    for (const TableSpec &t : tables())
        names.append(t.name);
    return names;
}

QList<IncomingReference> Schema::referencesTo(const QString &tableName)
{
    QList<IncomingReference> refs;
    for (const TableSpec &t : tables()) {
        for (const ColumnSpec &c : t.columns) {
            if (c.foreignKey.table == tableName)
                refs.append({t.name, c.name});
        }
    }
    return refs;
}

QList<TableGroup> Schema::groups()
{
    return {TableGroup::IdentityAccess, TableGroup::CoreResources, TableGroup::Execution,
            TableGroup::Billing, TableGroup::Audit};
}

QString Schema::groupLabel(TableGroup group)
{
    switch (group) {
    case TableGroup::IdentityAccess: return tr("Identity & Access");
    case TableGroup::CoreResources:  return tr("Core Resources");
    case TableGroup::Execution:      return tr("Execution");
    case TableGroup::Billing:        return tr("Billing");
    case TableGroup::Audit:          return tr("Audit");
    }
    return {};
}

QString Schema::typeName(LogicalType type)
{
    switch (type) {
    case LogicalType::Id:       return QStringLiteral("uuid id");
    case LogicalType::String:   return QStringLiteral("string");
    case LogicalType::Text:     return QStringLiteral("text");
    case LogicalType::Integer:  return QStringLiteral("integer");
    case LogicalType::Float:    return QStringLiteral("float");
    case LogicalType::Boolean:  return QStringLiteral("boolean");
    case LogicalType::Json:     return QStringLiteral("json");
    case LogicalType::DateTime: return QStringLiteral("datetime");
    }
    return {};
}
