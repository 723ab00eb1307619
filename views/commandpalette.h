#pragma once
#include <QDialog>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;
class RecordService;

// Ctrl+K: one line to go anywhere. As you type it lists the matching tables, saved views and
// commands of the window at once, and after a short pause the records whose name, email or id
// match, looked up by the record worker (bound values, never the UI thread). Up and Down
// choose, Enter goes, Esc closes.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Place
    {
        enum class Kind { Table, SavedView, Command, Record };
        Kind kind = Kind::Table;
        QString text;    // what the list shows and the typed text matches
        QString detail;  // shown after it, matched too (the table's name, the command's shortcut)
        QString table;
        QString key;     // the saved view's name or the record's id
        QPointer<QAction> command;
    };

    // records may be null (no database open): then only tables, views and commands are offered.
    CommandPalette(const QList<Place> &places, RecordService *records, const QStringList &recordTables,
                   const QString &tenantId, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }
    bool isLookingUp() const { return m_ticket != 0; }

signals:
    void placeChosen(const CommandPalette::Place &place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void lookUpRecords();
    void onRecordsFound(quint64 ticket, const QStringList &tables, const QStringList &ids, const QStringList &labels);
    void addPlace(const Place &place);
    void choose(QListWidgetItem *item);
    static int score(const QString &typed, const Place &place);

    QList<Place> m_places;
    QList<Place> m_records;  // from the last lookup, for the text typed then
    QList<Place> m_shown;    // in the list's order
    QPointer<RecordService> m_service;
    QStringList m_recordTables;
    QString m_tenantId;
    QLineEdit *m_input;
    QListWidget *m_list;
    QLabel *m_hint;
    QTimer *m_typing;
    quint64 m_ticket = 0;
};

Q_DECLARE_METATYPE(CommandPalette::Place)
