#include "savedviews.h"
#include <QDateTime>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Named views survive a restart: each test writes through one QSettings and reads through a
// fresh one on the same file.

namespace {

using Op = ColumnFilter::Op;

SavedView sampleView()
{
    SavedView view;
    ColumnFilter contains;
    contains.column = "event_type";
    contains.op = Op::Contains;
    contains.value = QString("50%_'\\ ") + QChar(0) + QString::fromUtf8(" 🚀");
    ColumnFilter range;
    range.column = "created_at";
    range.op = Op::Between;
    range.value = QDateTime(QDate(2025, 1, 1), QTime(0, 0, 0, 123), Qt::UTC);
    range.value2 = QDateTime(QDate(2025, 2, 1), QTime(12, 0));
    ColumnFilter oneOf;
    oneOf.column = "status";
    oneOf.op = Op::OneOf;
    oneOf.value = QStringList{"failed", "completed"};
    ColumnFilter json;
    json.column = "details";
    json.op = Op::JsonKeyEquals;
    json.jsonKey = "say \"hi\".x";
    json.value = "v";
    json.label = "Greeting is v";
    ColumnFilter number;
    number.column = "downloads";
    number.op = Op::AtLeast;
    number.value = 2.5;
    view.filters.filters = {contains, range, oneOf, json, number};
    view.filters.quickSearch = "login";
    view.filters.tenantId = "10000000-0000-4000-8000-000000000001";
    view.sortColumn = "created_at";
    view.sortOrder = Qt::DescendingOrder;
    return view;
}

} // namespace

class tst_SavedViews : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void awkwardNames();
    void perTable();
    void overwriteAndRemove();
    void blankNamesAreRefused();

private:
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath("afadmin.ini"), QSettings::IniFormat);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SavedViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SavedViews::roundTrip()
{
    const SavedView view = sampleView();
    {
        auto s = settings();
        QVERIFY(SavedViews(s.get()).save("audit_logs", "Failed logins", view));
    }
    auto s = settings();
    SavedViews views(s.get());
    QCOMPARE(views.names("audit_logs"), QStringList{"Failed logins"});
    const std::optional<SavedView> loaded = views.load("audit_logs", "Failed logins");
    QVERIFY(loaded);
    QCOMPARE(loaded->filters.filters.size(), view.filters.filters.size());
    for (int i = 0; i < view.filters.filters.size(); ++i)
        QCOMPARE(loaded->filters.filters.at(i), view.filters.filters.at(i));
    QCOMPARE(loaded->filters.filters.at(1).value.toDateTime(), view.filters.filters.at(1).value.toDateTime());
    QCOMPARE(loaded->filters.filters.at(0).value.toString(), view.filters.filters.at(0).value.toString());
    QVERIFY(*loaded == view);
    QCOMPARE(loaded->sortOrder, Qt::DescendingOrder);
    QVERIFY(!views.load("audit_logs", "Missing"));
    QVERIFY(!views.load("users", "Failed logins"));
}

void tst_SavedViews::awkwardNames()
{
    const QStringList names = {"a/b", "back\\slash", "100% mine", QString::fromUtf8("Übersicht 🚀"),
                               "with = sign; and [brackets]", "Zeta", "alpha", "#hash", "a%2Fb"};
    {
        auto s = settings();
        SavedViews views(s.get());
        for (const QString &name : names)
            QVERIFY(views.save("executions", name, sampleView()));
    }
    auto s = settings();
    SavedViews views(s.get());
    QCOMPARE(views.names("executions").size(), names.size());
    for (const QString &name : names) {
        QVERIFY2(views.names("executions").contains(name), qPrintable(name));
        QVERIFY2(views.load("executions", name), qPrintable(name));
    }
    // "a/b" is one view, not a group holding "b".
    QVERIFY(!views.load("executions", "a"));
    // Sorted for a menu, without regard to case.
    QVERIFY(views.names("executions").indexOf("alpha") < views.names("executions").indexOf("Zeta"));
}

void tst_SavedViews::perTable()
{
    auto s = settings();
    SavedViews views(s.get());
    QVERIFY(views.save("users", "Admins", sampleView()));
    QVERIFY(views.save("tenants", "Admins", SavedView()));
    QCOMPARE(views.names("users"), QStringList{"Admins"});
    QCOMPARE(views.names("tenants"), QStringList{"Admins"});
    QVERIFY(views.names("agents").isEmpty());
    QVERIFY(*views.load("tenants", "Admins") == SavedView());
    QVERIFY(*views.load("users", "Admins") == sampleView());
}

void tst_SavedViews::overwriteAndRemove()
{
    auto s = settings();
    SavedViews views(s.get());
    QVERIFY(views.save("users", "Mine", sampleView()));
    SavedView changed = sampleView();
    changed.sortOrder = Qt::AscendingOrder;
    changed.filters.quickSearch.clear();
    QVERIFY(views.save("users", "Mine", changed));
    QCOMPARE(views.names("users"), QStringList{"Mine"});
    QVERIFY(*views.load("users", "Mine") == changed);
    views.remove("users", "Mine");
    QVERIFY(views.names("users").isEmpty());
    QVERIFY(!settings()->value("views/users/Mine").isValid());
}

void tst_SavedViews::blankNamesAreRefused()
{
    auto s = settings();
    SavedViews views(s.get());
    QVERIFY(!views.save("users", "", sampleView()));
    QVERIFY(!views.save("users", "   ", sampleView()));
    QVERIFY(!views.save("", "x", sampleView()));
    QVERIFY(views.names("users").isEmpty());
    // Surrounding spaces are not part of a name.
    QVERIFY(views.save("users", "  Trimmed ", sampleView()));
    QCOMPARE(views.names("users"), QStringList{"Trimmed"});
    QVERIFY(views.load("users", "Trimmed"));
}

QTEST_GUILESS_MAIN(tst_SavedViews)
#include "tst_savedviews.moc"
