#pragma once
#include <QDialog>
#include <QVariantMap>

struct TableSpec;

// Someone else saved the record while it was open: shows, field by field, their value and the
// one in the form, and lets the user take theirs (reload) or save theirs over (overwrite, which
// the audit row records as such).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel = 0, Reload = 1, Overwrite = 2 };

    ConflictDialog(const TableSpec &table, const QStringList &changedByOthers, const QVariantMap &theirs,
                   const QVariantMap &mine, const QString &message, QWidget *parent = nullptr);
};
