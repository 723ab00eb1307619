#pragma once
#include <QObject>
#include <QVariant>
#include <functional>

class QWidget;
class RecordService;
struct ColumnSpec;

// One column's editor in a record form, chosen from the column's logical type in the schema
// description: a line edit (with a validator for numbers), a plain-text editor for Text, a JSON
// editor that reports the parse error's line and column as you type, a check box, a combo box
// of enum choices, a UTC datetime shown in local time, or a foreign-key picker with type-ahead.
// Values are application values (ValueCodec::fromStorage's types); empty means NULL.
class FieldEditor : public QObject
{
    Q_OBJECT
public:
    // readOnly: shown, never edited (id, created_at, updated_at, secrets).
    static FieldEditor *create(const ColumnSpec &column, bool readOnly, RecordService *service, QWidget *parent);
    ~FieldEditor() override;

    const ColumnSpec &column() const { return *m_column; }
    virtual QWidget *widget() const = 0;
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant &value) = 0;
    // A problem known before saving (JSON that does not parse), or empty.
    virtual QString localProblem() const { return {}; }
    // For foreign keys into tenant-scoped tables: the form's current tenant narrows the choices.
    virtual void setTenantSource(const std::function<QString()> &) {}

signals:
    void edited();

protected:
    FieldEditor(const ColumnSpec &column, QObject *parent);

private:
    const ColumnSpec *m_column;
};
