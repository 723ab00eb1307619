#pragma once
#include <QWidget>

class QLabel;
class QToolButton;

// Where related-record navigation has led: "Tenants › Acme Corporation › Users", with Back.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);
    void setTrail(const QStringList &crumbs);  // hidden when there is nowhere to go back to
    QString text() const;

signals:
    void backRequested();

private:
    QToolButton *m_back = nullptr;
    QLabel *m_trail = nullptr;
};
