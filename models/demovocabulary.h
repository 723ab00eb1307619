#pragma once
#include <QList>
#include <QStringList>

// The words the demo database is made of: people, agents, workflows, marketplace items,
// failures. Plain data, kept apart from the code that draws from it.

struct DemoAgentTemplate
{
    QString name;
    QString model;
    QString instructions;
};

struct DemoWorkflowTemplate
{
    QString name;
    QString trigger;      // what starts it: "webhook", "schedule", "manual", "email"
    QStringList steps;    // node labels after the trigger, in order
};

struct DemoBlueprintTemplate
{
    QString name;
    QString kind;         // "agent" or "workflow"
    QString category;
    QString description;
};

// A kind of audit event and how often it happens relative to the others.
struct DemoAuditEvent
{
    const char *type;          // audit_logs.event_type
    const char *resourceType;
    const char *action;
    double weight;
    bool staff;                // done by the platform's own team
};

struct DemoProjectTemplate
{
    QString name;
    QString projectType;  // one of projects.project_type's choices
};

class DemoVocabulary
{
public:
    static const QStringList &firstNames();
    static const QStringList &lastNames();
    static const QStringList &models();
    static const QList<DemoAgentTemplate> &agents();
    static const QList<DemoWorkflowTemplate> &workflows();
    static const QList<DemoBlueprintTemplate> &blueprints();
    static const QList<DemoProjectTemplate> &projects();
    static const QStringList &apiKeyNames();
    static const QStringList &executionErrors();
    static const QStringList &prompts();
    static const QStringList &responses();
    static const QStringList &userAgents();
    static const QStringList &regions();
    // Events after creation (creations are logged where the things are made); the demo and
    // afadmin-cli seed draw from the same list.
    static const QList<DemoAuditEvent> &auditEvents();
    // USD per unit of usage_records.billing_unit's choices, in their order, for a plan type.
    static QList<double> unitPrices(const QString &planType);
};
