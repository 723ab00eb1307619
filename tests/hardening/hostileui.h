#pragma once
#include <QObject>
#include <QStringList>
#include <functional>

class QWidget;

// What the hostile-input GUI tests share: putting a case's text into a real widget the way a
// person would, waiting on the event loop without fixed sleeps, and reading every text the app
// shows (labels, buttons, status bars, message boxes) for raw driver errors.
namespace HostileUi {

enum class Delivery { Typed, Pasted };

// Replaces the text of a QLineEdit, QPlainTextEdit, QAbstractSpinBox (date edits) or editable
// QComboBox: focus, select all, then QTest::keyClicks when HostileCorpus::isTypeable(text),
// else the clipboard and Ctrl+V (long text, and the control characters a key press cannot
// insert). Empty text is a select-all and Backspace. Says which way the text went in.
Delivery enter(QWidget *widget, const QString &text);
// The text the widget holds now (what the app will read).
QString held(QWidget *widget);

// Processes events until pred() holds or timeoutMs passes; wakes on every event, no fixed sleep.
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 20000);

// Every text a visible widget of any top-level window shows: labels, buttons, group titles,
// window titles, status bar messages. Input widgets are left out: they hold what was typed.
QStringList shownTexts();

// Watches the application for message boxes: each one's texts are kept and the box is closed,
// so no test ever waits on one.
class MessageBoxWatch : public QObject
{
    Q_OBJECT
public:
    explicit MessageBoxWatch(QObject *parent = nullptr);
    QStringList take();  // the texts of the boxes shown since the last take()
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_texts;
    int m_count = 0;
};

} // namespace HostileUi
