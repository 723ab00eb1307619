#include "schemareportdialog.h"
#include "driftreport.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

SchemaReportDialog::SchemaReportDialog(const DriftReport &report, const QString &databaseName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Schema Report \u2014 %1").arg(databaseName));
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    if (report.isClean())
        summary->setText(tr("The database matches the data model."));
    else
        summary->setText(tr("%n difference(s) from the data model; %1 of them are the old migration's known ones. "
                            "What is missing is greyed out or left out of the tables.", nullptr,
                            int(report.items().size())).arg(report.oldMigrationCount()));
    auto *text = new QPlainTextEdit(report.lines().join(QLatin1Char('\n')), this);
    text->setObjectName(QStringLiteral("reportText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}
