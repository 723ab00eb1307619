#include "rawdriver.h"
#include "connectionsettings.h"
#include "postgresrawdriver.h"
#include "sqliterawdriver.h"

namespace {

// libpq's keyword=value form; values single-quoted with \ and ' escaped.
std::string conninfoValue(const QString &value)
{
    std::string quoted = "'";
    for (const char c : value.toStdString()) {
        if (c == '\\' || c == '\'')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

} // namespace

std::unique_ptr<RawDriver> RawDriver::open(const ConnectionSettings &settings, std::string *error)
{
    if (settings.backend == Backend::SQLite)
        return SqliteRawDriver::open(settings.sqlitePath.toStdString(), error);
    std::string conninfo;
    auto add = [&conninfo](const char *key, const QString &value) {
        if (!value.isEmpty())
            conninfo += std::string(key) + '=' + conninfoValue(value) + ' ';
    };
    add("host", settings.host);
    add("port", QString::number(settings.port));
    add("dbname", settings.database);
    add("user", settings.userName);
    add("password", settings.password);
    for (const auto &option : settings.options)
        add(option.first.toStdString().c_str(), option.second);
    return PostgresRawDriver::open(conninfo, error);
}
