#include "demovocabulary.h"

namespace {

template<std::size_t N>
QStringList listOf(const char *const (&items)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

const QStringList &DemoVocabulary::firstNames()
{
    static const char *const names[] = {
        "Amelia", "Ben", "Chiara", "Daniel", "Elif", "Felix", "Grace", "Hiroshi", "Ines", "Jonas",
        "Kavya", "Liam", "Mateo", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara",
        "Umar", "Valentina", "William", "Xin", "Yara", "Zoe", "Aisha", "Bruno", "Carmen", "Dmitri",
        "Emma", "Farah", "Gabriel", "Hannah", "Ivan", "Julia", "Kenji", "Lucia", "Marcus", "Noor",
    };
    static const QStringList list = listOf(names);
    return list;
}

const QStringList &DemoVocabulary::lastNames()
{
    static const char *const names[] = {
        "Anderson", "Becker", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
        "Kowalski", "Lopez", "Müller", "Nakamura", "O'Brien", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka",
        "Ucar", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann", "Almeida", "Brooks", "Chen", "Dimitrov",
        "Evans", "Fernandes", "Gupta", "Hansen", "Ivanova", "Johansson", "Kim", "Larsen", "Mendes", "Novak",
    };
    static const QStringList list = listOf(names);
    return list;
}

const QStringList &DemoVocabulary::models()
{
    static const char *const names[] = {
        "gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "claude-3-haiku", "llama-3.1-70b", "llama-3.1-8b",
        "mistral-large", "gemini-1.5-pro",
    };
    static const QStringList list = listOf(names);
    return list;
}

const QList<DemoAgentTemplate> &DemoVocabulary::agents()
{
    static const QList<DemoAgentTemplate> list = {
        {text("Support Triage"), text("gpt-4o-mini"),
         text("You are the first responder for incoming customer support tickets. Read each ticket, classify it as "
              "billing, technical, account or feedback, and assign a priority from P1 to P4. Escalate anything that "
              "mentions data loss, a security incident or a legal threat as P1. Reply with a short summary the human "
              "agent can read in ten seconds.")},
        {text("Invoice Extractor"), text("gpt-4o"),
         text("Extract structured data from supplier invoices supplied as PDF text. Return the supplier name, invoice "
              "number, issue and due dates, currency, line items and totals as JSON. If a total does not match the sum "
              "of its line items, flag the invoice for review instead of guessing. Never invent a VAT number.")},
        {text("Sales Email Drafter"), text("claude-3-5-sonnet"),
         text("Write concise, friendly follow-up emails for account executives after discovery calls. Use the call "
              "notes to mention the prospect's stated goals and one relevant customer story. Keep every email under "
              "150 words with a single clear call to action. Do not promise discounts or delivery dates.")},
        {text("Contract Reviewer"), text("claude-3-5-sonnet"),
         text("Review commercial contracts against the company's standard positions. List clauses on liability caps, "
              "indemnities, auto-renewal, termination and data processing that deviate from the playbook, quoting the "
              "clause and explaining the risk in plain language. You are not a lawyer: end every review by "
              "recommending legal sign-off for high-risk findings.")},
        {text("Code Review Assistant"), text("gpt-4o"),
         text("Review pull request diffs for correctness, security and readability. Point out concrete problems with "
              "file and line references and suggest a fix for each. Ignore pure formatting issues that the linter "
              "already catches. Summarise the overall risk of the change in one sentence at the top.")},
        {text("Knowledge Base Answerer"), text("gpt-4o-mini"),
         text("Answer employee questions using only the retrieved knowledge base articles. Cite the article titles you "
              "used. If the articles do not contain the answer, say so and suggest who to ask instead of speculating. "
              "Keep answers short and use bullet points for procedures.")},
        {text("Meeting Summarizer"), text("llama-3.1-70b"),
         text("Turn meeting transcripts into a summary with decisions, open questions and action items. Each action "
              "item names an owner and a due date when the transcript mentions one. Leave out small talk and repeated "
              "points. Write in the language the meeting was held in.")},
        {text("Lead Qualifier"), text("gpt-4o-mini"),
         text("Score inbound leads from the website form on a scale from 0 to 100. Weigh company size, industry fit, "
              "stated budget and urgency. Explain the score in two sentences and recommend either a sales call, a "
              "nurture sequence or no follow-up.")},
        {text("Social Media Monitor"), text("llama-3.1-8b"),
         text("Watch brand mentions collected from social networks and classify their sentiment as positive, neutral or "
              "negative. Group mentions that talk about the same incident. Alert the communications team when negative "
              "mentions about one topic exceed ten in an hour.")},
        {text("SQL Analyst"), text("gpt-4o"),
         text("Translate business questions into read-only SQL for the analytics warehouse. Use only the tables and "
              "columns described in the provided schema. Always add a LIMIT clause and never write statements that "
              "modify data. Explain the query in one paragraph for non-technical readers.")},
        {text("HR Policy Helper"), text("claude-3-haiku"),
         text("Help employees find the right HR policy for questions about leave, expenses, travel and benefits. Quote "
              "the relevant policy section and link to it. For anything involving a personal grievance or a medical "
              "matter, direct the employee to their HR partner instead of answering.")},
        {text("Release Notes Writer"), text("claude-3-5-sonnet"),
         text("Write customer-facing release notes from a list of merged pull requests and their labels. Group changes "
              "into new features, improvements and fixes. Describe the benefit to the user rather than the "
              "implementation. Skip internal refactorings and dependency bumps.")},
        {text("Fraud Screening Agent"), text("gpt-4o"),
         text("Screen card-not-present transactions flagged by the rules engine. Compare the billing country, IP "
              "location, device fingerprint and order history. Return approve, review or decline with the three "
              "strongest signals behind the decision. Never decline solely because of the customer's country.")},
        {text("Onboarding Coach"), text("gpt-4o-mini"),
         text("Guide new customers through product setup during their first week. Ask which integrations they use and "
              "recommend the next configuration step. Celebrate completed milestones briefly. Hand over to a customer "
              "success manager when the customer asks about pricing or contracts.")},
        {text("Translation Reviewer"), text("mistral-large"),
         text("Review machine translations of product copy from English into German, French and Spanish. Check "
              "terminology against the glossary and keep the brand voice informal but professional. Return the "
              "corrected text and a list of changes with reasons.")},
        {text("Churn Risk Analyst"), text("gemini-1.5-pro"),
         text("Analyse product usage, support tickets and billing events for each account and estimate its churn risk "
              "for the next quarter. Highlight the accounts whose usage dropped by more than thirty percent. Suggest "
              "one concrete retention action per high-risk account.")},
        {text("Incident Postmortem Drafter"), text("claude-3-5-sonnet"),
         text("Draft blameless postmortems from incident timelines and chat logs. Describe impact, detection, "
              "root cause, resolution and follow-up actions. State facts with timestamps in UTC and avoid naming "
              "individuals as the cause.")},
        {text("Procurement Assistant"), text("llama-3.1-70b"),
         text("Compare supplier quotes for the same purchase request. Normalise prices to the requested currency and "
              "quantity, list delivery times and payment terms, and recommend a supplier. Point out quotes that are "
              "missing mandatory compliance documents.")},
    };
    return list;
}

const QList<DemoWorkflowTemplate> &DemoVocabulary::workflows()
{
    static const QList<DemoWorkflowTemplate> list = {
        {text("Ticket Routing"), text("webhook"), {text("Classify ticket"), text("Check SLA"), text("Assign queue"), text("Notify Slack")}},
        {text("Invoice Approval"), text("email"), {text("Extract invoice"), text("Match purchase order"), text("Manager approval"), text("Post to ERP")}},
        {text("Lead Enrichment"), text("webhook"), {text("Score lead"), text("Enrich company data"), text("Update CRM")}},
        {text("Weekly Churn Report"), text("schedule"), {text("Load usage metrics"), text("Analyse churn risk"), text("Write report"), text("Email leadership")}},
        {text("Contract Intake"), text("email"), {text("Extract parties"), text("Review clauses"), text("Route to legal")}},
        {text("Release Announcement"), text("manual"), {text("Collect merged PRs"), text("Draft release notes"), text("Translate"), text("Publish changelog")}},
        {text("Brand Mention Alerts"), text("schedule"), {text("Fetch mentions"), text("Classify sentiment"), text("Alert on spike")}},
        {text("Employee Onboarding"), text("webhook"), {text("Create accounts"), text("Send welcome pack"), text("Schedule intro meetings")}},
        {text("Fraud Review Queue"), text("webhook"), {text("Screen transaction"), text("Check history"), text("Decide"), text("Notify risk team")}},
        {text("Meeting Follow-up"), text("manual"), {text("Summarise transcript"), text("Create tasks"), text("Email attendees")}},
        {text("Nightly Data Quality Check"), text("schedule"), {text("Run checks"), text("Compare with baseline"), text("Open incident")}},
        {text("Supplier Quote Comparison"), text("email"), {text("Parse quotes"), text("Normalise prices"), text("Recommend supplier")}},
    };
    return list;
}

const QList<DemoBlueprintTemplate> &DemoVocabulary::blueprints()
{
    static const QList<DemoBlueprintTemplate> list = {
        {text("Customer Support Starter Kit"), text("agent"), text("support"),
         text("A triage agent and canned-response library for help desks. Classifies tickets, drafts replies and "
              "escalates urgent cases. Works with Zendesk and Freshdesk out of the box.")},
        {text("Invoice Processing Pipeline"), text("workflow"), text("finance"),
         text("Extracts invoice data, matches purchase orders and routes exceptions for approval. Includes connectors "
              "for SAP and NetSuite.")},
        {text("Sales Follow-up Writer"), text("agent"), text("sales"),
         text("Drafts personalised follow-up emails from call notes and CRM context. Keeps a consistent tone across "
              "your sales team.")},
        {text("Contract Risk Scanner"), text("agent"), text("legal"),
         text("Flags non-standard clauses in NDAs and master service agreements against a configurable playbook.")},
        {text("Lead Scoring Workflow"), text("workflow"), text("marketing"),
         text("Scores inbound leads, enriches them with firmographics and syncs the result to HubSpot or Salesforce.")},
        {text("Release Notes Generator"), text("agent"), text("engineering"),
         text("Turns merged pull requests into customer-facing release notes grouped by feature, improvement and fix.")},
        {text("Brand Sentiment Monitor"), text("workflow"), text("marketing"),
         text("Collects social mentions every fifteen minutes, classifies sentiment and alerts on negative spikes.")},
        {text("HR Policy Assistant"), text("agent"), text("people"),
         text("Answers employee questions from your handbook with citations, and hands sensitive topics to HR.")},
        {text("Code Review Copilot"), text("agent"), text("engineering"),
         text("Reviews pull requests for bugs, security issues and readability, with inline suggestions.")},
        {text("Churn Early Warning"), text("workflow"), text("customer success"),
         text("Combines usage, billing and support signals into a weekly churn-risk report with suggested actions.")},
        {text("Meeting Notes to Tasks"), text("workflow"), text("productivity"),
         text("Summarises meeting transcripts and creates tasks in Jira, Asana or Linear for every action item.")},
        {text("Fraud Screening Agent"), text("agent"), text("risk"),
         text("Reviews flagged card-not-present transactions and explains every approve, review or decline decision.")},
        {text("Multilingual Copy Reviewer"), text("agent"), text("marketing"),
         text("Checks translated product copy against your glossary and brand voice in German, French and Spanish.")},
        {text("Incident Postmortem Template"), text("workflow"), text("engineering"),
         text("Builds a blameless postmortem draft from an incident channel and a timeline, ready for review.")},
        {text("Analytics Question Answering"), text("agent"), text("data"),
         text("Answers business questions with read-only SQL against your warehouse and explains the results.")},
        {text("Procurement Quote Comparison"), text("workflow"), text("finance"),
         text("Normalises supplier quotes, checks compliance documents and recommends the best offer.")},
    };
    return list;
}

const QList<DemoProjectTemplate> &DemoVocabulary::projects()
{
    static const QList<DemoProjectTemplate> list = {
        {text("Customer Portal"), text("saas_app")},
        {text("Help Center Assistant"), text("blueprint_deployment")},
        {text("Finance Back Office"), text("internal_tool")},
        {text("CRM Sync"), text("api_integration")},
        {text("Partner Marketplace"), text("saas_app")},
        {text("Sales Copilot Rollout"), text("blueprint_deployment")},
        {text("Ops Dashboard"), text("internal_tool")},
        {text("ERP Connector"), text("api_integration")},
        {text("Mobile Companion App"), text("saas_app")},
        {text("Legal Review Desk"), text("internal_tool")},
    };
    return list;
}

const QStringList &DemoVocabulary::apiKeyNames()
{
    static const char *const names[] = {
        "Production backend", "Staging backend", "CI pipeline", "Zapier integration", "Data warehouse sync",
        "Mobile app", "Partner webhook", "Local development", "Analytics export", "Slack bot",
    };
    static const QStringList list = listOf(names);
    return list;
}

const QStringList &DemoVocabulary::executionErrors()
{
    static const char *const errors[] = {
        "Rate limit exceeded for model gpt-4o: retry after 20 seconds.",
        "Upstream model provider returned HTTP 503 Service Unavailable.",
        "Execution timed out after 120 seconds.",
        "Context length exceeded: 131072 tokens requested, maximum is 128000.",
        "Tool call failed: CRM API responded 401 Unauthorized (token expired).",
        "Input validation failed: field 'document_url' is required.",
        "Workflow step 'Post to ERP' failed: connection reset by peer.",
        "Output did not match the expected JSON schema: missing property 'total'.",
        "Content filter blocked the response.",
        "Webhook delivery failed after 5 attempts: HTTP 502 Bad Gateway.",
        "Monthly execution quota exceeded for this tenant.",
        "Worker lost: the execution was interrupted by a deployment.",
    };
    static const QStringList list = listOf(errors);
    return list;
}

const QStringList &DemoVocabulary::prompts()
{
    static const char *const prompts[] = {
        "Customer cannot reset their password after changing email address.",
        "Please summarise the attached quarterly business review.",
        "Draft a reply to the prospect who asked about SSO support.",
        "Extract the line items from invoice INV-2024-0113.",
        "Which accounts used fewer than 10 agents last month?",
        "Review the NDA from Northwind Traders for non-standard clauses.",
        "Translate the pricing page headline into German and French.",
        "Why did the nightly export job fail yesterday?",
        "Score the lead from the webinar sign-up form.",
        "Create action items from the sprint planning transcript.",
        "Is this transaction from a new device suspicious?",
        "Compare the three quotes for 40 developer laptops.",
        "Write release notes for version 3.8.",
        "How many vacation days carry over to next year?",
    };
    static const QStringList list = listOf(prompts);
    return list;
}

const QStringList &DemoVocabulary::responses()
{
    static const char *const responses[] = {
        "Classified as technical, priority P2. The customer changed their login email and the reset link went to the old address.",
        "Summary: revenue grew 12% quarter over quarter; churn stayed flat; two enterprise renewals are at risk.",
        "Draft ready: thanked the prospect, confirmed SAML SSO on the Enterprise plan and proposed a call on Thursday.",
        "Extracted 14 line items. Totals match the invoice header; due date is in 30 days.",
        "Found 3 accounts below the threshold. A CSV with their usage is attached to the execution.",
        "Two clauses deviate from the playbook: unlimited liability (section 9.2) and a 5-year term (section 12).",
        "Translations done. Adjusted two glossary terms in the German version.",
        "The export failed because the warehouse credentials expired at 02:00 UTC. Rotating them fixes the job.",
        "Lead score 78: good industry fit, budget confirmed, decision expected this quarter. Recommend a sales call.",
        "Created 6 action items, each with an owner; 2 have no due date yet.",
        "Review recommended: new device, billing and IP country differ, order value 4x the customer's average.",
        "Supplier B is cheapest after normalising delivery costs; supplier C lacks the ISO 27001 certificate.",
        "Release notes drafted: 4 features, 9 improvements, 12 fixes.",
        "Up to 5 unused vacation days carry over and must be taken by 31 March (HR policy 4.3).",
    };
    static const QStringList list = listOf(responses);
    return list;
}

const QStringList &DemoVocabulary::userAgents()
{
    static const char *const agents[] = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "agentfactory-python/2.3.1",
        "curl/8.5.0",
    };
    static const QStringList list = listOf(agents);
    return list;
}

const QStringList &DemoVocabulary::regions()
{
    static const char *const regions[] = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1"};
    static const QStringList list = listOf(regions);
    return list;
}

const QList<DemoAuditEvent> &DemoVocabulary::auditEvents()
{
    static const QList<DemoAuditEvent> list = {
        {"auth.login", "user", "login", 36, false},
        {"auth.logout", "user", "logout", 8, false},
        {"auth.login_failed", "user", "login", 5, false},
        {"auth.password_reset", "user", "password_reset", 1, false},
        {"agent.update", "agent", "update", 9, false},
        {"agent.execute", "agent", "execute", 9, false},
        {"workflow.update", "workflow", "update", 5, false},
        {"workflow.execute", "workflow", "execute", 6, false},
        {"api_key.revoke", "api_key", "revoke", 0.5, false},
        {"project.update", "project", "update", 3, false},
        {"user.update", "user", "update", 2, false},
        {"user.invite", "user", "invite", 1, false},
        {"blueprint.install", "blueprint", "install", 2, false},
        {"tenant.update", "tenant", "update", 1, false},
        {"subscription.update", "subscription", "update", 0.5, false},
        {"admin.view", "tenant", "read", 3, true},
        {"admin.update", "tenant", "update", 2, true},
        {"admin.impersonate", "user", "impersonate", 0.5, true},
    };
    return list;
}

QList<double> DemoVocabulary::unitPrices(const QString &planType)
{
    // agent_run, workflow_run, token, api_call
    if (planType == QLatin1String("pro"))
        return {0.012, 0.025, 0.000002, 0.0001};
    if (planType == QLatin1String("enterprise"))
        return {0.009, 0.018, 0.0000015, 0.00007};
    return {0.0, 0.0, 0.0, 0.0};
}
