#include "hostileui.h"
#include "hostilecorpus.h"
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

namespace HostileUi {

namespace {

QLineEdit *lineEditOf(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit;
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->lineEdit();
    return nullptr;
}

// Key by key: ASCII as its key (QTest::keyClick), anything else as a key event carrying the
// character, as a keyboard layout or an input method sends it. QTest::keyClicks takes Latin-1
// only.
void type(QWidget *target, const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x80) {
            QTest::keyClick(target, char(ch.unicode()));
            continue;
        }
        QString character(ch);
        if (ch.isHighSurrogate() && i + 1 < text.size())
            character.append(text.at(++i));
        QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, character, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, character, Qt::NoModifier);
    }
}

} // namespace

Delivery enter(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QWidget *target = widget;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        spin->selectAll();
    } else if (QLineEdit *edit = lineEditOf(widget)) {
        target = edit;
        edit->setFocus();
        edit->selectAll();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->selectAll();
    }
    if (text.isEmpty()) {
        QTest::keyClick(target, Qt::Key_Backspace);
        return Delivery::Typed;
    }
    if (HostileCorpus::isTypeable(text)) {
        type(target, text);
        return Delivery::Typed;
    }
    QApplication::clipboard()->setText(text);
    QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
    return Delivery::Pasted;
}

QString held(QWidget *widget)
{
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        return spin->text();
    if (QLineEdit *edit = lineEditOf(widget))
        return edit->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->toPlainText();
    return {};
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    if (pred())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick;  // wakes the wait when nothing else arrives: a worker's reply is an event too
    tick.start(5);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (pred())
            return true;
    }
    return pred();
}

QStringList shownTexts()
{
    QStringList texts;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        texts.append(top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                texts.append(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts.append(button->text());
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                texts.append(group->title());
            else if (auto *status = qobject_cast<QStatusBar *>(w))
                texts.append(status->currentMessage());
        }
    }
    return texts;
}

MessageBoxWatch::MessageBoxWatch(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

QStringList MessageBoxWatch::take()
{
    return std::exchange(m_texts, {});
}

bool MessageBoxWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (auto *box = qobject_cast<QMessageBox *>(watched)) {
            ++m_count;
            m_texts << box->text() << box->informativeText() << box->detailedText();
            QTimer::singleShot(0, box, [box] { box->done(QMessageBox::Cancel); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace HostileUi
