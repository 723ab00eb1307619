#pragma once
#include "recordwriter.h"
#include <QDialog>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class RecordForm;
class RecordService;
class RecordTimeline;
struct TableSpec;

// Create, edit or duplicate one record: its form, the save through RecordService (the write
// path, off the UI thread), every refusal shown at its field, a stale save turned into a choice
// between their version and an overwrite, and beside an existing record its audit history.
// The edits stay in the form whatever goes wrong.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit, Duplicate };

    // loaded: the row as the table showed it (Edit, Duplicate), or starting values (Create);
    // timeline: may be null. A new API key (Create, Duplicate) gets a fresh key when saved.
    RecordDialog(Mode mode, const TableSpec &table, const QStringList &columns, const QVariantMap &loaded,
                 RecordService *service, RecordTimeline *timeline, QWidget *parent = nullptr);
    ~RecordDialog() override;

    RecordForm *form() const { return m_form; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *keyHintLabel() const { return m_keyHint; }  // an existing API key's hint
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatPasswordEdit() const { return m_repeat; }
    // After a successful save: the row as written.
    QVariantMap savedRow() const { return m_savedRow; }

signals:
    void saved(const QVariantMap &row);

private:
    void save(RecordWriter::OnConflict onConflict = RecordWriter::OnConflict::Refuse);
    // Sends the form's values to the worker; save() asks first when the preferences say so.
    void write(RecordWriter::OnConflict onConflict);
    void onWritten(quint64 ticket, const RecordWriter::Result &result);
    void showMessage(const QString &text, bool isError);
    FieldProblems passwordProblems() const;
    bool isApiKey() const;
    void addKeyHint(QVBoxLayout *layout, const QString &apiKeyId);  // a new API key: issued here, its secret shown once after the save

    Mode m_mode;
    const TableSpec *m_table;
    RecordService *m_service;
    QVariantMap m_loaded;
    QVariantMap m_savedRow;
    RecordForm *m_form = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keyHint = nullptr;
    QPushButton *m_save = nullptr;
    QLineEdit *m_password = nullptr;  // users created here get a password, never a hash typed in
    QLineEdit *m_repeat = nullptr;
    QString m_issuedKey;  // the key being issued, until its dialog shows it
    quint64 m_ticket = 0;
};
