#include "oldmigration.h"

QStringList OldMigration::createStatements(Backend backend)
{
    // The same text serves both backends but for the naive datetime type's name.
    const QString dateTime = backend == Backend::SQLite ? QStringLiteral("DATETIME")
                                                        : QStringLiteral("TIMESTAMP WITHOUT TIME ZONE");
    QStringList statements = {
        QStringLiteral("CREATE TABLE tenants (id VARCHAR NOT NULL, name VARCHAR NOT NULL, slug VARCHAR NOT NULL, "
                       "is_active BOOLEAN, \"plan\" VARCHAR, resource_quota JSON, usage JSON, "
                       "created_at %DT%, updated_at %DT%, PRIMARY KEY (id))"),
        QStringLiteral("CREATE UNIQUE INDEX ix_tenants_slug ON tenants (slug)"),
        QStringLiteral("CREATE TABLE users (id VARCHAR NOT NULL, email VARCHAR NOT NULL, hashed_password VARCHAR NOT NULL, "
                       "is_active BOOLEAN, is_superuser BOOLEAN, tenant_id VARCHAR, roles JSON, permissions JSON, "
                       "created_at %DT%, updated_at %DT%, PRIMARY KEY (id), "
                       "FOREIGN KEY(tenant_id) REFERENCES tenants (id))"),
        QStringLiteral("CREATE UNIQUE INDEX ix_users_email ON users (email)"),
        // user_id where the model has created_by.
        QStringLiteral("CREATE TABLE agents (id VARCHAR NOT NULL, name VARCHAR NOT NULL, instructions TEXT, model VARCHAR, "
                       "tenant_id VARCHAR NOT NULL, user_id VARCHAR, created_at %DT%, updated_at %DT%, PRIMARY KEY (id), "
                       "FOREIGN KEY(tenant_id) REFERENCES tenants (id), FOREIGN KEY(user_id) REFERENCES users (id))"),
        // An extra description column.
        QStringLiteral("CREATE TABLE workflows (id VARCHAR NOT NULL, name VARCHAR NOT NULL, description TEXT, "
                       "definition JSON, tenant_id VARCHAR NOT NULL, created_by VARCHAR, created_at %DT%, "
                       "updated_at %DT%, PRIMARY KEY (id), FOREIGN KEY(tenant_id) REFERENCES tenants (id), "
                       "FOREIGN KEY(created_by) REFERENCES users (id))"),
        // No marketplace columns.
        QStringLiteral("CREATE TABLE blueprints (id VARCHAR NOT NULL, name VARCHAR NOT NULL, description TEXT, "
                       "version VARCHAR, definition JSON, created_at %DT%, updated_at %DT%, PRIMARY KEY (id))"),
        // type, entity_id and result where the model has execution_type, resource_id and output_data.
        QStringLiteral("CREATE TABLE executions (id VARCHAR NOT NULL, type VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, "
                       "status VARCHAR NOT NULL, input_data JSON, result JSON, error TEXT, execution_time FLOAT, "
                       "tenant_id VARCHAR NOT NULL, created_by VARCHAR, created_at %DT%, completed_at %DT%, "
                       "PRIMARY KEY (id), FOREIGN KEY(tenant_id) REFERENCES tenants (id), "
                       "FOREIGN KEY(created_by) REFERENCES users (id))"),
        // A string id, metadata where the model has details, no ip_address.
        QStringLiteral("CREATE TABLE audit_logs (id VARCHAR NOT NULL, event_type VARCHAR NOT NULL, user_id VARCHAR, "
                       "resource_type VARCHAR, resource_id VARCHAR, \"action\" VARCHAR, success BOOLEAN, "
                       "metadata JSON, created_at %DT%, PRIMARY KEY (id), FOREIGN KEY(user_id) REFERENCES users (id))"),
        QStringLiteral("CREATE INDEX ix_audit_logs_created_at ON audit_logs (created_at)"),
        QStringLiteral("CREATE TABLE api_keys (id VARCHAR NOT NULL, key_hash VARCHAR NOT NULL, name VARCHAR NOT NULL, "
                       "tenant_id VARCHAR NOT NULL, user_id VARCHAR, permissions JSON, last_used_at %DT%, "
                       "expires_at %DT%, is_active BOOLEAN, created_at %DT%, updated_at %DT%, PRIMARY KEY (id), "
                       "FOREIGN KEY(tenant_id) REFERENCES tenants (id), FOREIGN KEY(user_id) REFERENCES users (id))"),
        QStringLiteral("CREATE UNIQUE INDEX ix_api_keys_key_hash ON api_keys (key_hash)"),
    };
    for (QString &statement : statements)
        statement.replace(QLatin1String("%DT%"), dateTime);
    return statements;
}

QStringList OldMigration::expectedDriftLines(Backend backend)
{
    const QString stringType = backend == Backend::SQLite ? QStringLiteral("VARCHAR") : QStringLiteral("character varying");
    return {
        QStringLiteral("agents.created_by: missing column; the old migration's agents.user_id stands in its place"),
        QStringLiteral("agents.user_id: extra column (the old migration's name for created_by)"),
        QStringLiteral("workflows.description: extra column (added by the old migration; not in the data model)"),
        QStringLiteral("blueprints.pricing_model: missing column (not in the old migration)"),
        QStringLiteral("blueprints.price: missing column (not in the old migration)"),
        QStringLiteral("blueprints.publisher_id: missing column (not in the old migration)"),
        QStringLiteral("blueprints.is_public: missing column (not in the old migration)"),
        QStringLiteral("blueprints.downloads: missing column (not in the old migration)"),
        QStringLiteral("blueprints.rating: missing column (not in the old migration)"),
        QStringLiteral("blueprints.reviews_count: missing column (not in the old migration)"),
        QStringLiteral("projects: missing table (not in the old migration)"),
        QStringLiteral("executions.execution_type: missing column; the old migration's executions.type stands in its place"),
        QStringLiteral("executions.resource_id: missing column; the old migration's executions.entity_id stands in its place"),
        QStringLiteral("executions.output_data: missing column; the old migration's executions.result stands in its place"),
        QStringLiteral("executions.type: extra column (the old migration's name for execution_type)"),
        QStringLiteral("executions.entity_id: extra column (the old migration's name for resource_id)"),
        QStringLiteral("executions.result: extra column (the old migration's name for output_data)"),
        QStringLiteral("plans: missing table (not in the old migration)"),
        QStringLiteral("subscriptions: missing table (not in the old migration)"),
        QStringLiteral("usage_records: missing table (not in the old migration)"),
        QStringLiteral("audit_logs.id: type is %1, expected integer (old migration used a string id)").arg(stringType),
        QStringLiteral("audit_logs.details: missing column; the old migration's audit_logs.metadata stands in its place"),
        QStringLiteral("audit_logs.ip_address: missing column (not in the old migration)"),
        QStringLiteral("audit_logs.metadata: extra column (the old migration's name for details)"),
    };
}
