#pragma once
#include <QDialog>

class DriftReport;

// Every way the connected database differs from the data model, one line each, as
// afadmin-cli check-schema prints them, so an operator can copy them into a ticket.
class SchemaReportDialog : public QDialog
{
    Q_OBJECT
public:
    SchemaReportDialog(const DriftReport &report, const QString &databaseName, QWidget *parent = nullptr);
};
