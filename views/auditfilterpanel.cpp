#include "auditfilterpanel.h"
#include "ipaddresstext.h"
#include "schema.h"
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

using Op = ColumnFilter::Op;

const QString auditTable = QStringLiteral("audit_logs");

// Text fields in reading (and Tab) order, with the op each one applies to its column.
struct TextField
{
    const char *column;
    Op op;
};
constexpr TextField textFields[] = {
    {"user_id", Op::DisplayContains},  // the user's email: users is audit_logs.user_id's display table
    {"event_type", Op::Contains},
    {"action", Op::Contains},
    {"resource_type", Op::Equals},
    {"resource_id", Op::Equals},
    {"ip_address", Op::InSubnet},
    {"details", Op::Contains},
};

ColumnFilter filterOn(const QString &column, Op op, const QVariant &value = {}, const QVariant &value2 = {})
{
    ColumnFilter f;
    f.column = column;
    f.op = op;
    f.value = value;
    f.value2 = value2;
    return f;
}

const QString invalidStyle = QStringLiteral("QLineEdit { border: 2px solid #d9534f; background: #fdf0ef; }");

} // namespace

AuditFilterPanel::AuditFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_success(new QComboBox(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditFilterPanel"));
    m_period->setObjectName(QStringLiteral("periodBox"));
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Last hour"), int(Period::LastHour));
    m_period->addItem(tr("Last 24 hours"), int(Period::LastDay));
    m_period->addItem(tr("Last 7 days"), int(Period::LastWeek));
    m_period->addItem(tr("Custom range\u2026"), int(Period::Custom));
    // People read and type times in their own zone; filters() converts to the stored UTC.
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::LocalTime);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->installEventFilter(this);
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    m_success->setObjectName(QStringLiteral("successBox"));
    m_success->addItem(tr("Any"));
    m_success->addItem(tr("Yes"));
    m_success->addItem(tr("No"));
    m_period->installEventFilter(this);
    m_success->installEventFilter(this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a94442; }"));
    m_message->hide();

    const TableSpec *audit = Schema::table(auditTable);
    auto label = [audit](const char *column) { return audit->column(QLatin1String(column))->displayLabel(); };
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("When:"), this), 0, 0);
    auto *when = new QHBoxLayout;
    when->addWidget(m_period);
    when->addWidget(m_from);
    when->addWidget(m_to);
    grid->addLayout(when, 0, 1);
    // Four label-field pairs a row; the time range takes the first.
    int cell = 1;
    auto place = [&](const QString &caption, QWidget *field) {
        auto *text = new QLabel(caption + QLatin1Char(':'), this);
        text->setBuddy(field);
        field->setAccessibleName(caption);
        grid->addWidget(text, cell / 4, (cell % 4) * 2);
        grid->addWidget(field, cell / 4, (cell % 4) * 2 + 1);
        ++cell;
    };
    for (const TextField &f : textFields) {
        const QString column = QLatin1String(f.column);
        const QString caption = column == QLatin1String("user_id") ? tr("User (email)")
                              : column == QLatin1String("ip_address") ? tr("IP or range")
                              : column == QLatin1String("details") ? tr("Text in details")
                                                                   : label(f.column);
        place(caption, addField(column, column == QLatin1String("ip_address") ? IpAddressText::example() : QString()));
        if (column == QLatin1String("resource_id"))
            place(tr("Success"), m_success);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    grid->addLayout(buttons, cell / 4, (cell % 4) * 2, 1, 2);
    for (int c = 1; c < 8; c += 2)
        grid->setColumnStretch(c, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(grid);
    layout->addWidget(m_message);

    // Tab follows reading order: the time range, then the fields left to right, row by row.
    QList<QWidget *> order = {m_period, m_from, m_to};
    for (const TextField &f : textFields) {
        order.append(m_fields.value(QLatin1String(f.column)));
        if (QLatin1String(f.column) == QLatin1String("resource_id"))
            order.append(m_success);
    }
    order << m_apply << m_clear;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditFilterPanel::periodChanged);
    connect(m_success, &QComboBox::currentIndexChanged, this, &AuditFilterPanel::applyRequested);
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterPanel::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        emit applyRequested();
    });
    periodChanged();
}

QLineEdit *AuditFilterPanel::addField(const QString &column, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(column + QStringLiteral("Field"));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, &AuditFilterPanel::applyRequested);
    // Typing again takes the mark away; the next apply judges the text anew.
    connect(edit, &QLineEdit::textEdited, edit, [edit] { edit->setStyleSheet(QString()); });
    m_fields.insert(column, edit);
    return edit;
}

void AuditFilterPanel::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void AuditFilterPanel::periodChanged()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emit applyRequested();
}

bool AuditFilterPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter applies from the combo boxes and date fields too (line edits say returnPressed).
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit applyRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

FilterSet AuditFilterPanel::filters(const QDateTime &nowUtc) const
{
    FilterSet set;
    const QString created = QStringLiteral("created_at");
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::LastHour:
        set.filters.append(filterOn(created, Op::AtLeast, nowUtc.addSecs(-3600)));
        break;
    case Period::LastDay:
        set.filters.append(filterOn(created, Op::AtLeast, nowUtc.addDays(-1)));
        break;
    case Period::LastWeek:
        set.filters.append(filterOn(created, Op::AtLeast, nowUtc.addDays(-7)));
        break;
    case Period::Custom:
        set.filters.append(filterOn(created, Op::Between, m_from->dateTime().toUTC(), m_to->dateTime().toUTC()));
        break;
    }
    for (const TextField &f : textFields) {
        const QString text = m_fields.value(QLatin1String(f.column))->text().trimmed();
        if (!text.isEmpty())
            set.filters.append(filterOn(QLatin1String(f.column), f.op, text));
    }
    if (m_success->currentIndex() > 0)
        set.filters.append(filterOn(QStringLiteral("success"), m_success->currentIndex() == 1 ? Op::IsTrue : Op::IsFalse));
    return set;
}

bool AuditFilterPanel::validate()
{
    m_problems.clear();
    const TableSpec *audit = Schema::table(auditTable);
    QLineEdit *first = nullptr;
    for (const ColumnFilter &f : filters().filters) {
        const QString problem = f.problem(audit);
        QLineEdit *edit = m_fields.value(f.column);
        if (!edit)
            continue;
        edit->setStyleSheet(problem.isEmpty() ? QString() : invalidStyle);
        edit->setToolTip(problem);
        if (problem.isEmpty())
            continue;
        m_problems.append(problem);
        first = first ? first : edit;
    }
    m_message->setText(m_problems.join(QLatin1Char('\n')));
    m_message->setVisible(!m_problems.isEmpty());
    if (first)
        first->setFocus();
    return m_problems.isEmpty();
}

QStringList AuditFilterPanel::problems() const
{
    return m_problems;
}

void AuditFilterPanel::clear()
{
    for (QLineEdit *edit : std::as_const(m_fields)) {
        edit->clear();
        edit->setStyleSheet(QString());
        edit->setToolTip(QString());
    }
    const QSignalBlocker period(m_period);
    const QSignalBlocker success(m_success);
    m_period->setCurrentIndex(0);
    m_success->setCurrentIndex(0);
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_problems.clear();
    m_message->hide();
}
