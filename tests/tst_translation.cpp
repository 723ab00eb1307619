#include "commandpalette.h"
#include "connectiondialog.h"
#include "dashboardpanelframe.h"
#include "dashboardview.h"
#include "demodatabase.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "recorddialog.h"
#include "signindialog.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "translationloader.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

namespace {

// The German catalogue as written: source text -> translation (numerus forms: the first).
struct Catalogue
{
    int messages = 0;
    QHash<QString, QString> translations;
    QStringList problems;
};

Catalogue readCatalogue()
{
    Catalogue catalogue;
    QFile file(QStringLiteral(AFADMIN_TS_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.problems.append(QStringLiteral("cannot read ") + file.fileName());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString source;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                catalogue.problems.append(context + QStringLiteral(": untranslated: ") + source);
            static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
            QStringList inSource, inText;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                inSource.append(it.next().captured());
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                inText.append(it.next().captured());
            inSource.sort();
            inText.sort();
            // Numerus forms come as several <numerusform>s read into one text: each has %n.
            inText.removeDuplicates();
            inSource.removeDuplicates();
            if (!unfinished && inSource != inText)
                catalogue.problems.append(context + QStringLiteral(": placeholders differ: ") + source + QStringLiteral(" -> ") + text);
            catalogue.translations.insert(source, text);
            ++catalogue.messages;
        }
    }
    if (xml.hasError())
        catalogue.problems.append(QStringLiteral("XML: ") + xml.errorString());
    return catalogue;
}

// Every text a user reads on a screen: labels, buttons, menus, titles, placeholders, tooltips,
// headers, list entries, chart titles — keyed by where it is, so that two runs line up.
class ScreenTexts
{
public:
    void collect(const QString &screen, QWidget *root)
    {
        add(screen, QStringLiteral("title"), root->windowTitle());
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (int i = 0; i < widgets.size(); ++i) {
            QWidget *w = widgets.at(i);
            const QString at = screen + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#')
                + QString::number(i) + QLatin1Char(':') + w->objectName();
            if (!w->isVisibleTo(root) && !qobject_cast<QMenu *>(w))
                continue;
            add(at, QStringLiteral("tooltip"), w->toolTip());
            if (auto *label = qobject_cast<QLabel *>(w))
                add(at, QStringLiteral("text"), label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(at, QStringLiteral("text"), button->text());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(at, QStringLiteral("title"), box->title());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(at, QStringLiteral("placeholder"), edit->placeholderText());
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int t = 0; t < tabs->count(); ++t)
                    add(at, QStringLiteral("tab%1").arg(t), tabs->tabText(t));
            else if (auto *menu = qobject_cast<QMenu *>(w))
                add(at, QStringLiteral("title"), menu->title());
            else if (auto *chart = qobject_cast<QChartView *>(w))
                add(at, QStringLiteral("chart"), chart->chart()->title());
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    add(at, QStringLiteral("header%1").arg(c), model->headerData(c, Qt::Horizontal).toString());
                addRows(at, model, QModelIndex());
            }
            for (QAction *action : w->actions()) {
                if (!action->isSeparator())
                    add(at, QStringLiteral("action:") + action->objectName() + QString::number(w->actions().indexOf(action)), action->text());
            }
        }
    }

    QMap<QString, QString> texts;

private:
    void add(const QString &at, const QString &what, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            texts.insert(at + QLatin1Char('|') + what, text);
    }

    void addRows(const QString &at, const QAbstractItemModel *model, const QModelIndex &parent)
    {
        // The first rows' first column: item lists (the sidebar's tables, the palette's places),
        // never a table of data (those rows are the data itself).
        if (qobject_cast<const WindowedTableModel *>(model) || model->inherits("RowWindowModel"))
            return;
        for (int r = 0; r < qMin(model->rowCount(parent), 40); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            add(at, QStringLiteral("row%1.%2").arg(parent.row()).arg(r), index.data().toString());
            if (model->hasChildren(index))
                addRows(at, model, index);
        }
    }
};

} // namespace

// Under a German locale every text of the main screens is German: each one is compared with
// the same place's text under English; a text that stays the same must be one the catalogue
// keeps the same on purpose (a name, "Status", "%1 • %2"), or data from the database.
class tst_Translation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogueIsCompleteAndKeepsPlaceholders();
    void germanLocaleLoadsTheCatalogue();
    void programsFollowTheSystemLocale_data();
    void programsFollowTheSystemLocale();
    void noVisibleStringStaysEnglish();

private:
    QMap<QString, QString> screens(const QLocale &locale);
    bool keptOnPurpose(const QString &text) const;
    QStringList m_dataValues;
    Catalogue m_catalogue;
    std::unique_ptr<TestDatabase> m_db;
};

void tst_Translation::initTestCase()
{
    m_catalogue = readCatalogue();
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(3, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    for (const QString &sql : {QStringLiteral("SELECT name FROM tenants"), QStringLiteral("SELECT email FROM users"),
                               QStringLiteral("SELECT name FROM plans"), QStringLiteral("SELECT slug FROM tenants")}) {
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(sql));
        while (q.next())
            m_dataValues.append(q.value(0).toString());
    }
}

void tst_Translation::catalogueIsCompleteAndKeepsPlaceholders()
{
    QVERIFY(m_catalogue.messages > 900);
    QVERIFY2(m_catalogue.problems.isEmpty(), qPrintable(m_catalogue.problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void tst_Translation::germanLocaleLoadsTheCatalogue()
{
    QCOMPARE(TranslationLoader::install(qApp, QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), m_catalogue.translations.value(QStringLiteral("&File")));
    QVERIFY(QCoreApplication::translate("MainWindow", "&File") != QLatin1String("&File"));
    // Qt's own strings come from the system's catalogue (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(TranslationLoader::install(qApp, QLocale(QStringLiteral("en_GB"))), QString());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void tst_Translation::programsFollowTheSystemLocale_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("german");
    QTest::addColumn<QString>("english");
    QTest::newRow("afadmin-cli") << QStringLiteral(AFADMIN_CLI_PATH) << QStringLiteral("Aufruf: afadmin-cli BEFEHL")
                                 << QStringLiteral("Usage: afadmin-cli COMMAND");
    QTest::newRow("afadmin") << QStringLiteral(AFADMIN_GUI_PATH) << m_catalogue.translations.value(QStringLiteral("Browse and administer the Agent Factory database."))
                             << QStringLiteral("Browse and administer the Agent Factory database.");
}

void tst_Translation::programsFollowTheSystemLocale()
{
    // LANG is what a German desktop session sets; the programs read it when they start.
    QFETCH(QString, program);
    QFETCH(QString, german);
    QFETCH(QString, english);
    QVERIFY(!german.isEmpty() && german != english);
    for (const QByteArray &lang : {QByteArrayLiteral("de_DE.UTF-8"), QByteArrayLiteral("C.UTF-8")}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
            environment.remove(name);
        environment.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(program, {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(20000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        const QString expected = lang.startsWith("de") ? german : english;
        QVERIFY2(output.contains(expected), qPrintable(QString::fromLatin1(lang) + QStringLiteral(": ") + output.left(400)));
    }
}

QMap<QString, QString> tst_Translation::screens(const QLocale &locale)
{
    TranslationLoader::install(qApp, locale);
    ScreenTexts texts;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(m_db->settings());
    if (!opened.wait(20000))
        return {};
    OperatorIdentity admin;
    admin.userId = QStringLiteral("x");
    admin.email = QStringLiteral("admin@agentfactory.test");
    admin.access = OperatorIdentity::Access::Write;
    window.setOperator(admin);
    WindowedTableModel *model = window.browser()->model();
    if (!QTest::qWaitFor([model] { return !model->isLoading() && model->rowCount() > 0 && model->isRowLoaded(0); }, 20000))
        return {};
    QTest::qWait(200);
    texts.collect(QStringLiteral("main"), &window);
    for (QAction *menu : window.menuBar()->actions()) {
        menu->menu()->aboutToShow();  // the Edit menu fills itself as it opens
        texts.collect(QStringLiteral("menu-") + menu->menu()->objectName(), menu->menu());
    }

    window.browser()->view()->setFocus();
    window.browser()->view()->setCurrentIndex(window.browser()->view()->model()->index(0, 1));
    QTest::keyClick(window.browser()->view(), Qt::Key_Return);
    if (RecordDialog *dialog = window.browser()->recordDialog()) {
        QTest::qWait(300);
        texts.collect(QStringLiteral("record"), dialog);
        dialog->close();
    }

    PreferencesDialog *preferences = window.showPreferences();
    texts.collect(QStringLiteral("preferences"), preferences);
    preferences->close();

    CommandPalette *palette = window.showCommandPalette();
    texts.collect(QStringLiteral("palette"), palette);
    palette->close();

    SignInDialog *signIn = window.showSignIn();
    texts.collect(QStringLiteral("signin"), signIn);
    signIn->close();

    ConnectionDialog connection(&window);
    connection.show();
    texts.collect(QStringLiteral("connection"), &connection);
    connection.close();

    window.showAuditTrail();
    QTest::qWait(500);
    texts.collect(QStringLiteral("audit"), &window);

    window.showDashboard();
    if (!QTest::qWaitFor([&window] {
        const QList<DashboardPanelFrame *> panels = window.dashboard()->findChildren<DashboardPanelFrame *>();
        return !panels.isEmpty() && std::all_of(panels.begin(), panels.end(), [](DashboardPanelFrame *p) { return p->hasResult(); });
    }, 30000))
        return {};
    texts.collect(QStringLiteral("dashboard"), &window);
    // AFADMIN_SCREENSHOT_DIR=dir: the German dashboard, for the README.
    if (locale.language() == QLocale::German && !qEnvironmentVariableIsEmpty("AFADMIN_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("AFADMIN_SCREENSHOT_DIR") + QStringLiteral("/dashboard-german.png"));
    return texts.texts;
}

bool tst_Translation::keptOnPurpose(const QString &text) const
{
    // A name, an email, a slug: data from the database reads the same in every language.
    for (const QString &value : m_dataValues) {
        if (text.contains(value))
            return true;
    }
    // Letters-free text (numbers, dates, symbols), identifiers (audit_logs, admin.create),
    // colours and URLs.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z0-9_.:/@#-]+$"));
    if (!word.match(text).hasMatch() || identifier.match(text).hasMatch() || text.contains(QStringLiteral("://")))
        return true;
    // A required field's label is its name and " *".
    if (text.endsWith(QStringLiteral(" *")))
        return keptOnPurpose(text.chopped(2));
    // A text the translator kept as it is (e.g. "Status", "%1 • %2"), placeholders filled in.
    for (auto it = m_catalogue.translations.cbegin(); it != m_catalogue.translations.cend(); ++it) {
        if (it.key() != it.value())
            continue;
        if (it.key() == text)
            return true;
        if (it.key().contains(QLatin1Char('%'))) {
            static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
            QStringList pieces;
            for (const QString &piece : it.key().split(placeholder))
                pieces.append(QRegularExpression::escape(piece));
            const QString pattern = pieces.join(QStringLiteral(".*"));
            if (QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                   QRegularExpression::DotMatchesEverythingOption).match(text).hasMatch())
                return true;
        }
    }
    return false;
}

void tst_Translation::noVisibleStringStaysEnglish()
{
    const QMap<QString, QString> english = screens(QLocale(QStringLiteral("en_US")));
    const QMap<QString, QString> german = screens(QLocale(QStringLiteral("de_DE")));
    TranslationLoader::install(qApp, QLocale(QStringLiteral("en_US")));
    QVERIFY(english.size() > 300);
    QStringList untranslated;
    int compared = 0;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!german.contains(it.key()))
            continue;
        ++compared;
        if (german.value(it.key()) == it.value() && !keptOnPurpose(it.value()))
            untranslated.append(it.key() + QStringLiteral(" = ") + it.value());
    }
    qInfo("%d texts compared on the main screens", compared);
    QVERIFY(compared > 300);
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(), qPrintable(QString::number(untranslated.size()) + QStringLiteral(" untranslated:\n")
                                                + untranslated.mid(0, 60).join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
