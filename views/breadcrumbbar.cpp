#include "breadcrumbbar.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_trail(new QLabel(this))
{
    setObjectName(QStringLiteral("breadcrumb"));
    m_back->setText(tr("\u25C0 Back"));
    m_back->setToolTip(tr("Back to the previous view (Alt+Left)"));
    m_back->setAutoRaise(true);
    m_trail->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_back);
    layout->addWidget(m_trail, 1);
    connect(m_back, &QToolButton::clicked, this, &BreadcrumbBar::backRequested);
    hide();
}

void BreadcrumbBar::setTrail(const QStringList &crumbs)
{
    m_trail->setText(crumbs.join(QStringLiteral("  \u203A  ")));
    setVisible(crumbs.size() > 1);
}

QString BreadcrumbBar::text() const
{
    return m_trail->text();
}
