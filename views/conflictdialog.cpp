#include "conflictdialog.h"
#include "cellformatter.h"
#include "schema.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const TableSpec &table, const QStringList &changedByOthers, const QVariantMap &theirs,
                               const QVariantMap &mine, const QString &message, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    auto *fields = new QTableWidget(int(changedByOthers.size()), 3, this);
    fields->setObjectName(QStringLiteral("conflictFields"));
    fields->setHorizontalHeaderLabels({tr("Field"), tr("Theirs (saved)"), tr("Yours (in the form)")});
    fields->verticalHeader()->hide();
    fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < changedByOthers.size(); ++row) {
        const ColumnSpec *column = table.column(changedByOthers.at(row));
        fields->setItem(row, 0, new QTableWidgetItem(column->displayLabel()));
        fields->setItem(row, 1, new QTableWidgetItem(CellFormatter::display(*column, theirs.value(column->name))));
        fields->setItem(row, 2, new QTableWidgetItem(CellFormatter::display(*column, mine.value(column->name))));
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Reload Theirs"), QDialogButtonBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *overwrite = buttons->addButton(tr("&Overwrite with Mine"), QDialogButtonBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(overwrite, &QPushButton::clicked, this, [this] { done(Overwrite); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(fields);
    layout->addWidget(buttons);
    resize(640, 260);
}
