#include "rowwriter.h"

namespace {

// Floor division: the epoch split into days must round towards the past for dates before 1970.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void digits(char *out, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

void RowWriter::addDateTime(qint64 msecsSinceEpoch)
{
    char text[DateTimeLength];
    formatDateTime(msecsSinceEpoch, text);
    addText(std::string_view(text, DateTimeLength));
}

void RowWriter::formatDateTime(qint64 msecsSinceEpoch, char *out)
{
    constexpr qint64 msecsPerDay = 86400000;
    const qint64 days = floorDiv(msecsSinceEpoch, msecsPerDay);
    qint64 ms = msecsSinceEpoch - days * msecsPerDay;
    // Days to a proleptic Gregorian civil date (Howard Hinnant's days_from_civil, inverted).
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    out[10] = ' ';
    digits(out + 11, ms / 3600000, 2);
    ms %= 3600000;
    out[13] = ':';
    digits(out + 14, ms / 60000, 2);
    ms %= 60000;
    out[16] = ':';
    digits(out + 17, ms / 1000, 2);
    out[19] = '.';
    // Whole milliseconds, as ValueCodec keeps them, padded to SQLAlchemy's six digits.
    digits(out + 20, ms % 1000, 3);
    out[23] = '0';
    out[24] = '0';
    out[25] = '0';
}
