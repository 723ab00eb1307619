#pragma once
#include "connectionsettings.h"
#include "tableexport.h"
#include <QDialog>
#include <QElapsedTimer>

class ExportService;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// File → Export… for the table the browser shows, with its filters, quick search and tenant
// lens: pick a file and a format (the extension and the combo follow each other), then a
// progress bar with Cancel while ExportService writes on its own thread and connection, and
// a closing line with the rows and the time. Secrets are never exported, so read-only
// operators may export too.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // columns: the table's columns present in the database; filters: with the tenant lens.
    ExportDialog(const ConnectionSettings &settings, const QString &table, const QStringList &columns,
                 const FilterSet &filters, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatCombo() const { return m_format; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }
    bool isRunning() const;

    void startExport();
    void cancelExport();
    void reject() override;  // Esc and Close cancel a running export first, then close

signals:
    void exportFinished(const ExportResult &result);

private:
    void browse();
    void onPathEdited(const QString &path);
    void onFormatChosen(int index);
    void onProgress(quint64 ticket, qint64 rows, qint64 total, bool estimated);
    void onFinished(quint64 ticket, const ExportResult &result);
    void setRunning(bool running);
    ExportWriter::Format format() const;

    ExportRequest m_request;
    ExportService *m_service = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    quint64 m_ticket = 0;
    bool m_closeWhenDone = false;  // closed while running: close once the cancel is confirmed
    QElapsedTimer m_timer;
};
