#pragma once
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class QAction;
class RecordService;
class TableBrowser;

// What the table browser does to whole records besides editing them: deactivate or activate
// the selected rows (one transaction, one audit row each) and delete one, each after a preview
// of what points at them ("used by 12 users, 5 agents, 3 API keys") and a confirmation.
// Tenants, users, projects, API keys and plans are deactivated, never deleted. For users, also
// "Set Password…" (bcrypt $2b$, cost 12, hashed on the record worker's thread) and "Issue API
// Key…" (a new key's form for that user); for a tenant, "Change Plan…". On API keys
// deactivating is called revoking.
class RecordActions : public QObject
{
    Q_OBJECT
public:
    RecordActions(TableBrowser *browser, RecordService *service);

    QAction *deactivateAction() const { return m_deactivate; }
    QAction *activateAction() const { return m_activate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *setPasswordAction() const { return m_setPassword; }
    QAction *issueKeyAction() const { return m_issueKey; }
    QAction *changePlanAction() const { return m_changePlan; }
    // The confirmation on screen, if any (window-modal, so tests and users answer it alike).
    QMessageBox *confirmation() const { return m_confirmation; }
    void updateForTable();  // enables what the current table allows

signals:
    void changed();  // something was written: the browser reloads
    void statusChanged(const QString &text);

private:
    enum class Kind { Deactivate, Activate, Delete };
    void start(Kind kind);
    void setPassword();
    void issueKey();
    void changePlan();
    QVariantMap singleRow(const QString &table, const QString &hint);
    void confirm(quint64 ticket, const QStringList &tables, const QVariantList &counts);
    void onWritten(quint64 ticket, const QString &message, bool ok);

    TableBrowser *m_browser;
    RecordService *m_service;
    QAction *m_deactivate;
    QAction *m_activate;
    QAction *m_delete;
    QAction *m_setPassword;
    QAction *m_issueKey;
    QAction *m_changePlan;
    QPointer<QMessageBox> m_confirmation;
    Kind m_kind = Kind::Deactivate;
    QList<QVariantMap> m_rows;
    quint64 m_previewTicket = 0;
    quint64 m_writeTicket = 0;
};
