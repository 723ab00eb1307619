#pragma once
#include "tablefilter.h"
#include <QDateTime>
#include <QHash>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The audit trail's filter fields, as support staff ask their questions: when (a preset or a
// custom range in local time), who (email), what (event, resource, action, success), from
// where (an IP address or CIDR range) and any text in the details. It only builds a
// FilterSet: TableFilterSql turns that into bound SQL. Enter in any field applies; Tab walks
// the fields in reading order.
class AuditFilterPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Any, LastHour, LastDay, LastWeek, Custom };

    explicit AuditFilterPanel(QWidget *parent = nullptr);

    // The filters the fields describe; presets count back from nowUtc.
    FilterSet filters(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    // Marks each field whose text cannot be used and shows why, naming it; true when none.
    bool validate();
    QStringList problems() const;  // the messages validate() last showed
    void clear();

    // The text fields by the audit_logs column they filter ("user_id" takes an email).
    QLineEdit *field(const QString &column) const { return m_fields.value(column); }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *successBox() const { return m_success; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *messageLabel() const { return m_message; }
    void setPeriod(Period period);

signals:
    void applyRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addField(const QString &column, const QString &placeholder);
    void periodChanged();

    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_period = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_success = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_message = nullptr;
    QStringList m_problems;
};
