#pragma once
#include "dashboardpanelframe.h"
#include <QPointer>

#include <QMessageBox>  // QPointer needs the complete type
class QPushButton;
class QTableWidget;
class RecordService;

// Quota truth: each tenant's usage JSON against live row counts, differences flagged. The
// chart pairs recorded and live for the rows that differ; a bar or a row opens the counted
// table narrowed to that tenant. "Recompute usage" sets the selected tenant's usage to the live
// counts through the audited write path (UsageRecompute on RecordService), after a confirmation;
// it is disabled for read-only operators.
class QuotaTruthPanel : public DashboardPanelFrame
{
    Q_OBJECT
public:
    explicit QuotaTruthPanel(QWidget *parent = nullptr);

    void setRecordService(RecordService *service);  // not owned; the browser's, with the operator
    void setCanWrite(bool canWrite);
    QChartView *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QPushButton *recomputeButton() const { return m_recompute; }
    QMessageBox *confirmation() const { return m_confirmation; }
    QString selectedTenantId() const;  // the selected row's tenant, else the lens's
    void recompute();                  // asks first, then writes

signals:
    void usageRecomputed(const QString &tenantId);

protected:
    void apply(const DashboardResult &result) override;

private:
    void showChart(const QList<QuotaTruthRow> &rows);
    void showTable(const QList<QuotaTruthRow> &rows, const QString &selectTenant);
    void updateAction();
    BrowseLocation countedRows(const QuotaTruthRow &row) const;

    QChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_recompute = nullptr;
    QPointer<QMessageBox> m_confirmation;
    RecordService *m_service = nullptr;
    QList<QuotaTruthRow> m_rows;
    QList<QuotaTruthRow> m_chartRows;
    quint64 m_ticket = 0;
    QString m_writingTenant;
    bool m_canWrite = false;
};
