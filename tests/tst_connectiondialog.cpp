#include "connectiondialog.h"
#include "connectionprofiles.h"
#include "ddl.h"
#include "secretstore.h"
#include "testdatabase.h"
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The connection dialog, typed into as a user would: failures are named in the dialog and
// what was typed stays; a success saves the profile, its password only in the keyring.
class tst_ConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badUrlNamesTheField();
    void unreachableDatabaseSaysWhichAndKeepsInput();
    void successSavesProfileAndKeyringPassword();

private:
    void typeAndConnect(ConnectionDialog &dialog, const QString &url, const QString &password = QString());
    std::unique_ptr<TestDatabase> m_db;
};

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentFactoryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
}

void tst_ConnectionDialog::typeAndConnect(ConnectionDialog &dialog, const QString &url, const QString &password)
{
    auto *urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    passwordEdit->clear();
    if (!password.isEmpty())
        QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
}

void tst_ConnectionDialog::badUrlNamesTheField()
{
    ConnectionDialog dialog;
    dialog.show();
    typeAndConnect(dialog, QStringLiteral("mysql://root@localhost/af"));
    QVERIFY(dialog.errorText().startsWith(QLatin1String("Database URL:")));
    QVERIFY(dialog.errorText().contains(QLatin1String("mysql")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))->text(), QStringLiteral("mysql://root@localhost/af"));
    QVERIFY(dialog.isVisible());
}

void tst_ConnectionDialog::unreachableDatabaseSaysWhichAndKeepsInput()
{
    ConnectionDialog dialog;
    dialog.show();
    QString url;
    QString mentions;
    if (m_db->backend() == Backend::SQLite) {
        url = QStringLiteral("sqlite:///") + m_db->tempPath(QStringLiteral("missing.db"));
        mentions = QStringLiteral("does not exist");
    } else {
        ConnectionSettings wrong = m_db->settings();
        wrong.database = QStringLiteral("no_such_database");
        url = wrong.toUrl(false);
        mentions = QStringLiteral("no database named \"no_such_database\"");
    }
    typeAndConnect(dialog, url, QStringLiteral("typed-secret"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
    QVERIFY2(dialog.errorText().contains(mentions), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))->text(), url);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QStringLiteral("typed-secret"));
}

void tst_ConnectionDialog::successSavesProfileAndKeyringPassword()
{
    ConnectionDialog dialog;
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("profileName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Test database"));
    dialog.findChild<QCheckBox *>()->setChecked(true);
    const QString password = QStringLiteral("Pw-%1").arg(QCoreApplication::applicationPid());
    typeAndConnect(dialog, m_db->settings().toUrl(false), password);
    QVERIFY2(accepted.wait(15000), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.settings().password, password);

    QSettings settings;
    ConnectionProfiles profiles(&settings);
    QCOMPARE(profiles.all().size(), 1);
    const ConnectionProfile saved = profiles.all().first();
    QCOMPARE(saved.name, QStringLiteral("Test database"));
    QVERIFY(saved.rememberPassword);
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));

    // The password went to the keyring under the profile's id.
    SecretStore store;
    QSignalSpy read(&store, &SecretStore::passwordRead);
    QSignalSpy failed(&store, &SecretStore::failed);
    QTRY_VERIFY_WITH_TIMEOUT([&] { store.readPassword(saved.id); return read.wait(3000) || !failed.isEmpty(); }(), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(read.first().at(1).toString(), password);
    store.deletePassword(saved.id);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
