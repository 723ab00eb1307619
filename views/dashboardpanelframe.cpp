#include "dashboardpanelframe.h"
#include "dashboardcharts.h"
#include "dashboarddata.h"
#include <QBoxLayout>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolButton>

DashboardPanelFrame::DashboardPanelFrame(DashboardPanel panel, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_panel(panel)
    , m_title(new QLabel(title, this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_refresh(new QToolButton(this))
    , m_export(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    m_header = new QHBoxLayout;
    layout->addLayout(m_header);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_status->setToolTip(tr("How long the database took to answer"));
    m_refresh->setObjectName(QStringLiteral("panelRefresh"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Run this panel's queries again"));
    m_export->setObjectName(QStringLiteral("panelExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Chart as &PNG\u2026"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("Chart as &SVG\u2026"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu->addSeparator();
    menu->addAction(tr("Data as &CSV\u2026"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    menu->addAction(tr("Data as &JSON\u2026"), this, [this] { exportWithDialog(QStringLiteral("json")); });
    m_export->setMenu(menu);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    m_header->addWidget(m_status);
    m_header->addWidget(m_refresh);
    m_header->addWidget(m_export);
    connect(m_refresh, &QToolButton::clicked, this, [this] { emit refreshRequested(m_panel); });

    // A thin bar that moves while the query runs: the figures under it may be the old ones.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(3);
    m_busy->setObjectName(QStringLiteral("panelBusy"));
    layout->addWidget(m_busy);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
    m_busy->hide();
    m_status->setText(tr("Not loaded"));
}

DashboardPanelFrame::~DashboardPanelFrame() = default;

QString DashboardPanelFrame::title() const
{
    return m_title->text();
}

void DashboardPanelFrame::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->indexOf(m_refresh), widget);
}

void DashboardPanelFrame::startLoading(const DashboardScope &scope)
{
    m_requested = scope;
    m_loading = true;
    m_sinceRefresh.start();
    m_status->setText(tr("Loading\u2026"));
    m_busy->show();
}

void DashboardPanelFrame::showResult(const DashboardResult &result)
{
    m_loading = false;
    m_hasResult = true;
    m_shown = m_requested;
    m_failure.clear();
    m_result = result;
    std::visit([this](const auto &r) {
        m_queryMs = r.elapsedMs;
        m_unavailable = r.unavailable;
    }, result);
    apply(result);
    m_shownAfterMs = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : 0;
    m_busy->hide();
    m_status->setText(DashboardCharts::milliseconds(m_queryMs));
    m_status->setToolTip(tr("The database answered in %1; on screen %2 after the refresh.")
                             .arg(DashboardCharts::milliseconds(m_queryMs), DashboardCharts::milliseconds(double(m_shownAfterMs))));
    updateMessage();
}

void DashboardPanelFrame::showFailure(const QString &message)
{
    m_loading = false;
    m_failure = message;
    m_busy->hide();
    m_status->setText(tr("Failed"));
    updateMessage();
}

void DashboardPanelFrame::setNote(const QString &text)
{
    m_note = text;
    updateMessage();
}

void DashboardPanelFrame::updateMessage()
{
    QStringList lines;
    if (!m_failure.isEmpty())
        lines.append(tr("Could not load: %1").arg(m_failure));
    if (!m_unavailable.isEmpty())
        lines.append(tr("Not in this database, left out: %1").arg(m_unavailable.join(QStringLiteral(", "))));
    if (!m_note.isEmpty())
        lines.append(m_note);
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
    // The failure in the level colour of "over the limit": it reads on dark and light palettes.
    m_message->setStyleSheet(m_failure.isEmpty() ? QString()
                                                 : QStringLiteral("color: %1;").arg(DashboardCharts::levelColor(QuotaLevel::Red).name()));
}

QString DashboardPanelFrame::statusText() const
{
    return m_status->text();
}

QString DashboardPanelFrame::messageText() const
{
    return m_message->text();
}

bool DashboardPanelFrame::exportChart(const QString &path) const
{
    if (!m_exportChart)
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        const QRect area = m_exportChart->viewport()->rect();
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(area.size());
        generator.setViewBox(area);
        generator.setTitle(m_title->text());
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        // The scene, not a grab: the SVG keeps the chart's lines and text as vectors.
        m_exportChart->render(&painter, QRectF(area), area);
        return painter.end() && QFileInfo(path).size() > 0;
    }
    return m_exportChart->grab().save(path, "PNG");
}

bool DashboardPanelFrame::exportData(const QString &path) const
{
    if (!m_hasResult)
        return false;
    const QList<DashboardDataset> datasets = DashboardData::datasets(m_result);
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    // CSV holds one table: a file per dataset; each written whole or not at all.
    for (int i = 0; i < (json ? 1 : int(datasets.size())); ++i) {
        QSaveFile file(json ? path : DashboardData::csvPathFor(path, datasets, i));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const bool written = json ? DashboardData::writeJson(&file, m_panel, m_shown, datasets)
                                  : DashboardData::writeCsv(&file, datasets.at(i));
        if (!written || !file.commit())
            return false;
    }
    return true;
}

void DashboardPanelFrame::exportWithDialog(const QString &suffix)
{
    const QString filter = suffix == QLatin1String("svg")    ? tr("SVG image (*.svg)")
                         : suffix == QLatin1String("csv")    ? tr("CSV (*.csv)")
                         : suffix == QLatin1String("json")   ? tr("JSON (*.json)")
                                                             : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_title->text()),
                                                m_title->text().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                                                    + QLatin1Char('.') + suffix,
                                                filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const bool data = suffix == QLatin1String("csv") || suffix == QLatin1String("json");
    const bool saved = data ? exportData(path) : exportChart(path);
    setNote(saved ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                  : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}
