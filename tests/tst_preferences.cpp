#include "cellformatter.h"
#include "dashboardview.h"
#include "demodatabase.h"
#include "environmentband.h"
#include "fieldeditor.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "recorddialog.h"
#include "recordform.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTest>

using GuiTestSupport::saveShot;

// Preferences chosen in their dialog, applied to the open window and kept for the next run;
// and the window's own layout (geometry, sidebar, last table, column widths) remembered.
class tst_Preferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storedValuesAreCheckedWhenRead();
    void dialogChangesAreAppliedAndKept();
    void restoreDefaultsPutsEveryFieldBack();
    void confirmBeforeWritingAsksFirst();
    void windowRemembersItsLayout();
    void followsADarkPalette();

private:
    std::unique_ptr<MainWindow> openWindow();
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    OperatorIdentity admin() const;
    bool waitForRows(MainWindow *window) const;

    std::unique_ptr<TestDatabase> m_db;
};

void tst_Preferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentFactoryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences_") + TestDatabase::backendLabel());
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(3, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_Preferences::init()
{
    QSettings().clear();  // each test starts from the defaults
    CellFormatter::setTimeDisplay(Preferences::TimeDisplay::Local);
}

void tst_Preferences::cleanup()
{
    QSettings().clear();
    CellFormatter::setTimeDisplay(Preferences::TimeDisplay::Local);
}

QVariant tst_Preferences::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

OperatorIdentity tst_Preferences::admin() const
{
    return GuiTestSupport::demoAdmin(m_db->db());
}

bool tst_Preferences::waitForRows(MainWindow *window) const
{
    return QTest::qWaitFor([window] {
        WindowedTableModel *model = window->browser() ? window->browser()->model() : nullptr;
        return model && !model->isLoading() && model->rowCount() > 0 && model->isRowLoaded(0);
    }, 20000);
}

std::unique_ptr<MainWindow> tst_Preferences::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
    window->openDatabase(m_db->settings());
    if (!opened.wait(20000) || !waitForRows(window.get()))
        return nullptr;
    window->setOperator(admin());
    return window;
}

void tst_Preferences::storedValuesAreCheckedWhenRead()
{
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/pageSize"), 5);  // below the minimum
    settings.setValue(QStringLiteral("preferences/timeDisplay"), QStringLiteral("utc"));
    settings.setValue(QStringLiteral("preferences/colours/staging"), QStringLiteral("red; background: url(x)"));
    settings.setValue(QStringLiteral("preferences/colours/production"), QStringLiteral("#AA0011"));
    const Preferences read = Preferences::load(settings);
    QCOMPARE(read.pageSize, Preferences().pageSize);
    QCOMPARE(read.timeDisplay, Preferences::TimeDisplay::Utc);
    QCOMPARE(read.stagingColour, Preferences().stagingColour);  // not a colour: the default
    QCOMPARE(read.productionColour, QStringLiteral("#aa0011"));
    Preferences changed = read;
    changed.pageSize = 500;
    changed.confirmWrites = true;
    changed.save(settings);
    QCOMPARE(Preferences::load(settings), changed);
}

void tst_Preferences::dialogChangesAreAppliedAndKept()
{
    auto window = openWindow();
    QVERIFY(window);
    WindowedTableModel *model = window->browser()->model();
    QCOMPARE(model->pageSize(), Preferences().pageSize);
    const int createdColumn = model->columnOf(QStringLiteral("created_at"));
    QVERIFY(createdColumn >= 0);
    const QString localText = model->index(0, createdColumn).data().toString();
    QVERIFY(!localText.endsWith(QStringLiteral("UTC")));

    PreferencesDialog *dialog = window->showPreferences();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *pageSize = dialog->findChild<QSpinBox *>(QStringLiteral("pageSizeSpin"));
    auto *time = dialog->findChild<QComboBox *>(QStringLiteral("timeDisplayCombo"));
    auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("confirmWritesCheck"));
    QVERIFY(pageSize && time && confirm);
    pageSize->setFocus();
    pageSize->selectAll();
    QTest::keyClicks(pageSize, QStringLiteral("500"));
    time->setFocus();
    QTest::keyClick(time, Qt::Key_Down);  // Local time -> UTC
    QTest::mouseClick(confirm, Qt::LeftButton);
    saveShot(dialog, "preferences.png");
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // Applied to the window at once...
    QTRY_COMPARE(model->pageSize(), 500);
    QVERIFY(waitForRows(window.get()));
    const QString utcText = model->index(0, createdColumn).data().toString();
    QVERIFY2(utcText.endsWith(QStringLiteral("UTC")), qPrintable(utcText));
    const QDateTime stored = QDateTime::fromString(utcText.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QDateTime local = QDateTime::fromString(localText, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(stored.secsTo(local), qint64(local.offsetFromUtc()));  // the same instant, read in UTC
    // ...and kept for the next run.
    const Preferences kept = Preferences::load();
    QCOMPARE(kept.pageSize, 500);
    QCOMPARE(kept.timeDisplay, Preferences::TimeDisplay::Utc);
    QVERIFY(kept.confirmWrites);
    window.reset();
    CellFormatter::setTimeDisplay(Preferences::TimeDisplay::Local);
    window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->browser()->model()->pageSize(), 500);
    QCOMPARE(CellFormatter::timeDisplay(), Preferences::TimeDisplay::Utc);
}

void tst_Preferences::restoreDefaultsPutsEveryFieldBack()
{
    Preferences odd;
    odd.pageSize = 1000;
    odd.timeDisplay = Preferences::TimeDisplay::Utc;
    odd.confirmWrites = true;
    odd.productionColour = QStringLiteral("#112233");
    PreferencesDialog dialog(odd);
    dialog.show();
    QCOMPARE(dialog.preferences(), odd);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.preferences(), Preferences());
    // The band takes the chosen colour, with text that reads on it.
    EnvironmentBand band;
    band.setEnvironment(WriteGuard::Environment::Production);
    band.setColours(odd);
    QVERIFY2(band.styleSheet().contains(QStringLiteral("#112233")) && band.styleSheet().contains(QStringLiteral("color: white")),
             qPrintable(band.styleSheet()));
}

void tst_Preferences::confirmBeforeWritingAsksFirst()
{
    Preferences preferences;
    preferences.confirmWrites = true;
    preferences.save();
    auto window = openWindow();
    QVERIFY(window);
    window->browser()->view()->setFocus();
    window->browser()->view()->setCurrentIndex(window->browser()->view()->model()->index(0, 1));
    QTest::keyClick(window->browser()->view(), Qt::Key_Return);
    RecordDialog *dialog = window->browser()->recordDialog();
    QVERIFY(dialog);
    const QString id = dialog->form()->values().value(QStringLiteral("id")).toString();
    auto *name = qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("name"))->widget());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Asked Before Saving"));
    const QString before = scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {id}).toString();

    // Cancel: nothing is written, the edit stays.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("confirmWriteBox"))) != nullptr);
    QVERIFY(question->text().contains(Schema::table(QStringLiteral("tenants"))->displayItemLabel()));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {id}).toString(), before);
    QCOMPARE(name->text(), QStringLiteral("Asked Before Saving"));

    // Save: written, with its audit row.
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("confirmWriteBox"))) != nullptr);
    QTest::mouseClick(question->button(QMessageBox::Save), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {id}).toString(), QStringLiteral("Asked Before Saving"));
}

void tst_Preferences::windowRemembersItsLayout()
{
    QList<int> sidebarSizes;
    int keyWidth = 0;
    {
        auto window = openWindow();
        QVERIFY(window);
        window->resize(1111, 777);
        auto *splitter = qobject_cast<QSplitter *>(window->centralWidget());
        QVERIFY(splitter);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({333, total - 333});  // the default is 260
        sidebarSizes = splitter->sizes();
        window->sidebar()->selectTable(QStringLiteral("agents"));
        QVERIFY(QTest::qWaitFor([&] { return window->browser()->currentTable() == QLatin1String("agents"); }, 5000));
        keyWidth = 217;
        window->browser()->view()->horizontalHeader()->resizeSection(1, keyWidth);
        window->sidebar()->selectTable(QStringLiteral("users"));  // widths kept per table meanwhile
        window->sidebar()->selectTable(QStringLiteral("agents"));
        QCOMPARE(window->browser()->view()->columnWidth(1), keyWidth);
        QTest::qWait(50);  // the splitter lays its widgets out
        sidebarSizes = splitter->sizes();
        QVERIFY(window->close());  // a real close: the layout is written
    }
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1111, 777));
    QCOMPARE(sidebarSizes.value(0), 333);
    QCOMPARE(qobject_cast<QSplitter *>(window->centralWidget())->sizes().value(0), 333);
    QTRY_COMPARE(window->browser()->currentTable(), QStringLiteral("agents"));
    QCOMPARE(window->browser()->view()->columnWidth(1), keyWidth);
    // A window destroyed without closing (as in every other test) leaves the settings alone.
    window->sidebar()->selectTable(QStringLiteral("plans"));
    window.reset();
    QCOMPARE(QSettings().value(QStringLiteral("window/lastTable")).toString(), QStringLiteral("agents"));
}

void tst_Preferences::followsADarkPalette()
{
    // A dark desktop hands Qt a dark palette: charts take the dark theme, cells the palette's
    // text colour, and the environment band keeps text that reads on its colour.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3f, 0x8f, 0xd8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    auto window = openWindow();
    QVERIFY(window);
    window->showDashboard();
    const QList<QChartView *> charts = window->dashboard()->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *chart : charts)
        QVERIFY(chart->chart()->backgroundBrush().color().lightness() < 128);
    QTest::qWait(300);
    saveShot(window.get(), "dark-dashboard.png");
    window->sidebar()->selectTable(QStringLiteral("tenants"));
    QVERIFY(waitForRows(window.get()));
    // A cell's text is painted in the palette's light text on the dark base.
    const QImage shot = window->browser()->view()->viewport()->grab().toImage();
    int lightPixels = 0;
    for (int y = 0; y < qMin(shot.height(), 120); ++y)
        for (int x = 0; x < shot.width(); ++x)
            lightPixels += QColor(shot.pixel(x, y)).lightness() > 180 ? 1 : 0;
    QVERIFY2(lightPixels > 200, qPrintable(QString::number(lightPixels)));
    QCOMPARE(QColor(shot.pixel(shot.width() - 5, shot.height() - 5)).lightness() < 80, true);  // the empty base
    saveShot(window.get(), "dark-table.png");
    window.reset();
    QApplication::setPalette(light);
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
