#include "subnetfiltersql.h"
#include "ipaddresstext.h"
#include "sqlitefunctions.h"

SqlFragment SubnetFilterSql::condition(const QString &expr, const QString &text, Backend backend)
{
    const std::optional<IpAddressText::Subnet> subnet = IpAddressText::subnet(text);
    if (!subnet)
        return {};
    if (backend == Backend::SQLite)
        return {QStringLiteral("%1(%2, ?) = 1").arg(QLatin1String(SqliteFunctions::inSubnet), expr), {subnet->text()}};
    const QString address = QStringLiteral("CAST(split_part(%1, '%', 1) AS inet)").arg(expr);
    // inet - inet and inet + bigint keep the mapped address's 32 low bits: its IPv4 address.
    const QString unmapped = QStringLiteral("CASE WHEN %1 <<= inet '::ffff:0.0.0.0/96' "
                                            "THEN inet '0.0.0.0' + (%1 - inet '::ffff:0.0.0.0') ELSE %1 END")
                                 .arg(address);
    return {QStringLiteral("CASE WHEN %1 ~ ? THEN %2 <<= CAST(? AS inet) ELSE false END").arg(expr, unmapped),
            {IpAddressText::pattern(), subnet->text()}};
}
