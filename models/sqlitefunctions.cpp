#include "sqlitefunctions.h"
#include "ipaddresstext.h"
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace {

QString textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void deleteSubnet(void *subnet)
{
    delete static_cast<IpAddressText::Subnet *>(subnet);
}

void inSubnetFunction(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL || sqlite3_value_type(args[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    // The range is one bound value for the whole statement: parse it once, not per row.
    const auto *cached = static_cast<const IpAddressText::Subnet *>(sqlite3_get_auxdata(context, 1));
    std::optional<IpAddressText::Subnet> parsed;
    if (!cached) {
        parsed = IpAddressText::subnet(textOf(args[1]));
        if (!parsed) {
            sqlite3_result_int(context, 0);
            return;
        }
    }
    const IpAddressText::Subnet &range = cached ? *cached : *parsed;
    const std::optional<QHostAddress> address = IpAddressText::address(textOf(args[0]));
    sqlite3_result_int(context, address && IpAddressText::contains(range, *address) ? 1 : 0);
    if (!cached)
        sqlite3_set_auxdata(context, 1, new IpAddressText::Subnet(*parsed), deleteSubnet);
}

} // namespace

bool SqliteFunctions::install(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.data());
    if (!native)
        return false;
    // Deterministic: the same two texts always give the same answer, so SQLite may use it in
    // indexes' expressions and factor it out; innocuous: it reads nothing but its arguments.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(native, inSubnet, 2, flags, nullptr, inSubnetFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}
