#include "exportdialog.h"
#include "exportservice.h"
#include "schema.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QList<ExportWriter::Format> formats = {ExportWriter::Format::Csv, ExportWriter::Format::Json,
                                             ExportWriter::Format::JsonLines};

} // namespace

ExportDialog::ExportDialog(const ConnectionSettings &settings, const QString &table, const QStringList &columns,
                           const FilterSet &filters, QWidget *parent)
    : QDialog(parent)
    , m_service(new ExportService(settings, this))
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    m_request.table = table;
    m_request.columns = columns;
    m_request.filters = filters;
    const TableSpec *spec = Schema::table(table);
    const QString label = spec ? spec->displayLabel() : table;
    setWindowTitle(tr("Export %1").arg(label));
    setObjectName(QStringLiteral("exportDialog"));

    auto *what = new QLabel(filters.isEmpty()
                                ? tr("All rows of %1, in primary-key order.").arg(label)
                                : tr("The rows of %1 that the current filters, search and tenant lens show, in "
                                     "primary-key order.").arg(label), this);
    what->setWordWrap(true);
    auto *secrets = new QLabel(tr("Password and API key hashes are never exported."), this);
    secrets->setStyleSheet(QStringLiteral("color: palette(mid);"));

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(table + QStringLiteral(".csv")));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse\u2026"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (ExportWriter::Format f : formats)
        m_format->addItem(ExportWriter::displayName(f));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("F&ormat:"), m_format);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(secrets);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::onPathEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChosen);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_service, &ExportService::progressed, this, &ExportDialog::onProgress);
    connect(m_service, &ExportService::finished, this, &ExportDialog::onFinished);
    setRunning(false);
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::isRunning() const
{
    return m_service->isRunning();
}

ExportWriter::Format ExportDialog::format() const
{
    return formats.value(m_format->currentIndex(), ExportWriter::Format::Csv);
}

void ExportDialog::browse()
{
    const QString filters = tr("CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl *.ndjson);;All files (*)");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filters, &selected);
    if (path.isEmpty())
        return;
    m_path->setText(path);
    onPathEdited(path);
}

void ExportDialog::onPathEdited(const QString &path)
{
    // The extension picks the format; a file without a known one keeps the combo's choice.
    if (const auto chosen = ExportWriter::formatForPath(path)) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(int(formats.indexOf(*chosen)));
    }
}

void ExportDialog::onFormatChosen(int index)
{
    // The combo renames a known extension to match; any other name is left as typed.
    const QString path = m_path->text();
    if (!ExportWriter::formatForPath(path))
        return;
    const QFileInfo info(path);
    const QString renamed = info.completeBaseName() + QLatin1Char('.') + ExportWriter::extension(formats.value(index));
    m_path->setText(info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./"))
                        ? renamed : QDir(info.path()).filePath(renamed));
}

void ExportDialog::setRunning(bool running)
{
    m_export->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_path->setEnabled(!running);
    m_format->setEnabled(!running);
}

void ExportDialog::startExport()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || isRunning()) {
        m_status->setText(tr("Choose the file to export to."));
        return;
    }
    ExportRequest request = m_request;
    request.path = path;
    request.format = format();
    m_progress->setRange(0, 0);  // busy until the first count arrives
    m_status->setText(tr("Counting rows\u2026"));
    m_timer.start();
    setRunning(true);
    m_ticket = m_service->start(request);
}

void ExportDialog::cancelExport()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling\u2026"));
    m_service->cancel();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancelExport();
        return;  // closes once the worker confirms; the file is not written
    }
    QDialog::reject();
}

void ExportDialog::onProgress(quint64 ticket, qint64 rows, qint64 total, bool estimated)
{
    if (ticket != m_ticket || !isRunning())
        return;
    const QLocale locale;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("%1 rows written\u2026").arg(locale.toString(rows)));
        return;
    }
    // A planner estimate may be below the truth; the bar then waits at its end.
    const qint64 shown = qMin(rows, total);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(shown * 1000 / total));
    m_status->setText(tr("%1 of %2%3 rows written\u2026")
                          .arg(locale.toString(rows), estimated ? QStringLiteral("\u2248") : QString(), locale.toString(total)));
}

void ExportDialog::onFinished(quint64 ticket, const ExportResult &result)
{
    if (ticket != m_ticket)
        return;
    setRunning(false);
    const QLocale locale;
    switch (result.outcome) {
    case ExportResult::Outcome::Written:
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_status->setText(tr("Exported %1 rows to %2 in %3 s.")
                              .arg(locale.toString(result.rows), QDir::toNativeSeparators(result.path),
                                   locale.toString(double(result.elapsedMs) / 1000.0, 'f', 1)));
        break;
    case ExportResult::Outcome::Cancelled:
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled. %1 was not written.").arg(QDir::toNativeSeparators(result.path)));
        break;
    case ExportResult::Outcome::Failed:
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Export failed; nothing was written: %1").arg(result.message));
        break;
    }
    emit exportFinished(result);
    if (m_closeWhenDone)
        QDialog::reject();
}
