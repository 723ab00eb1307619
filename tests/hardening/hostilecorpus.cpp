#include "hostilecorpus.h"
#include <QSet>

namespace {

QString bytes(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A lone UTF-16 surrogate: no UTF-8 decoder makes one, but a QString can hold it.
QString units(std::initializer_list<char16_t> list)
{
    QString text;
    for (const char16_t unit : list)
        text.append(QChar(unit));
    return text;
}

QString nested(const QString &open, const QString &inner, const QString &close, int depth)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

QString controls()
{
    QString text;
    for (ushort c = 1; c < 0x20; ++c)
        text.append(QChar(c));
    return text;
}

QList<HostileCase> build()
{
    const QChar nul(0);
    QList<HostileCase> c;
    auto add = [&c](const char *name, const QString &text) { c.append({QString::fromLatin1(name), text}); };

    // SQL metacharacters, alone and doubled.
    add("single quote", "'");
    add("double quote", "\"");
    add("two single quotes", "''");
    add("semicolon", ";");
    add("line comment", "--");
    add("block comment open", "/*");
    add("block comment close", "*/");
    add("empty block comment", "/* */");
    add("hash comment", "#");
    add("backtick", "`");
    add("escaped quote", "\\'");
    add("dollar quote", "$$");
    add("tagged dollar quote", "$x$ DROP TABLE users $x$");
    add("cast operator", "'::text");
    add("concat operator", "'||'");
    add("open paren", "(");
    add("close paren quote", "')");
    add("at at version", "@@version");

    // Classic injections.
    add("or 1=1 quoted", "' OR '1'='1");
    add("or 1=1 comment", "' OR 1=1 --");
    add("or 1=1 double quoted", "\" OR \"1\"=\"1");
    add("or empty", "' OR ''='");
    add("drop users", "'; DROP TABLE users; --");
    add("drop tenants paren", "'); DROP TABLE tenants; --");
    add("delete audit", "1; DELETE FROM audit_logs");
    add("admin comment", "admin'--");
    add("admin hash", "admin' #");
    add("union passwords", "' UNION SELECT id, email, hashed_password FROM users --");
    add("union nulls", "' UNION ALL SELECT NULL,NULL,NULL,NULL,NULL--");
    add("order by probe", "1' ORDER BY 99--");
    add("union sqlite version", "' AND 1=0 UNION SELECT sqlite_version()--");
    add("update superuser", "'; UPDATE users SET is_superuser = 1; --");
    add("insert user", "'; INSERT INTO users (id, email) VALUES ('x', 'y'); --");
    add("create table", "'; CREATE TABLE pwned (x int); --");
    add("alter table", "'; ALTER TABLE users ADD COLUMN pwned int; --");
    add("attach database", "'; ATTACH DATABASE '/tmp/pwned.db' AS pwned; --");
    add("writable schema", "'; PRAGMA writable_schema = 1; --");
    add("copy to file", "'; COPY users TO '/tmp/pwned'; --");
    add("grant", "'; GRANT ALL ON users TO PUBLIC; --");
    add("truncate", "'; TRUNCATE audit_logs; --");
    add("is null probe", "x' AND email IS NULL; --");
    add("numeric or", "1 OR 1=1");
    add("paren or", "1) OR (1=1");
    add("subquery concat", "'||(SELECT email FROM users LIMIT 1)||'");
    add("like or", "%' OR 1=1 --");
    add("terminate backend", "'; SELECT pg_terminate_backend(pg_backend_pid()); --");
    add("vacuum", "'; VACUUM; --");
    add("detach main", "'; DETACH DATABASE main; --");
    add("id or not null", "' OR id IS NOT NULL OR id='");

    // sqlmap-style: time-based blind.
    add("pg_sleep stacked", "'; SELECT pg_sleep(5); --");
    add("pg_sleep subquery", "' AND 1=(SELECT 1 FROM pg_sleep(5)) --");
    add("pg_sleep sqlmap", "1) AND 5466=(SELECT 5466 FROM PG_SLEEP(5)) AND (4433=4433");
    add("pg_sleep concat", "'||pg_sleep(5)||'");
    add("randomblob like", "' AND 1234=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--");
    add("randomblob", "' AND randomblob(1000000000) --");
    add("waitfor delay", "'; WAITFOR DELAY '0:0:5'--");
    add("mysql sleep", "' AND SLEEP(5)#");
    add("benchmark", "' OR BENCHMARK(50000000,MD5(1))#");
    add("generate_series", "' AND (SELECT count(*) FROM generate_series(1,100000000)) > 0 --");
    add("recursive cte", "' AND (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r) SELECT count(*) FROM r) --");
    // Boolean-based blind.
    add("and true", "' AND 1=1 --");
    add("and false", "' AND 1=2 --");
    add("substr probe", "' AND SUBSTR((SELECT email FROM users LIMIT 1),1,1)='a");
    add("ascii probe", "' AND ASCII(SUBSTRING(version(),1,1))>0--");
    add("case when", "' AND (CASE WHEN (1=1) THEN 1 ELSE 0 END)=1 --");
    // Error-based.
    add("cast version", "' AND 1=CAST((SELECT version()) AS int)--");
    add("extractvalue", "' AND extractvalue(1,concat(0x7e,version()))--");
    add("cast chr", "' AND 1=CAST(chr(126)||version() AS NUMERIC)--");
    add("load_extension", "' AND load_extension('/tmp/pwned')--");
    add("divide by zero", "'||(SELECT CASE WHEN (1=1) THEN 1/0 ELSE 1 END)||'");
    add("xml error", "' AND 1=(SELECT query_to_xml('SELECT 1',true,true,''))::text::int --");
    // Comment variants.
    add("inline comments", "'/**/OR/**/1=1/**/--");
    add("comment plus", "'--+");
    add("comment dash space dash", "' OR 1=1 -- -");
    add("admin block comment", "admin'/*");
    add("mysql version comment", "'/*!50000UNION*/SELECT 1");
    add("comment newline", "';--\nDROP TABLE users");
    add("nested comment", "/* /* */ ' OR 1=1 */");
    // Encodings.
    add("hex literal", "0x27204f5220313d31");
    add("char function", "CHAR(39)||CHAR(32)||CHAR(79)||CHAR(82)");
    add("chr function", "chr(39)||chr(59)");
    add("url encoded", "%27%20OR%201%3D1");
    add("double url encoded", "%2527%2520OR%25201%253D1");
    add("html entity", "&#39; OR 1=1");
    add("unicode escape text", "\\u0027 OR 1=1");
    add("base64 payload", "JyBPUiAxPTEgLS0=");
    add("pg escape string", "E'\\x27'");
    add("pg unicode string", "U&'\\0027'");
    add("blob literal", "X'27'");
    // Stacked queries.
    add("stacked selects", "1; SELECT 1; SELECT 2");
    add("stacked commit", "'; COMMIT; DROP TABLE users; --");
    add("stacked rollback", "'; ROLLBACK; --");
    add("stacked transaction", "'; BEGIN; DELETE FROM tenants; COMMIT; --");
    add("set role", "'; SET ROLE postgres; --");
    add("notify", "'; LISTEN x; NOTIFY x; --");

    // LIKE, GLOB and regular-expression wildcards; backslashes.
    add("percent", "%");
    add("underscore", "_");
    add("two percents", "%%");
    add("two underscores", "__");
    add("escaped percent", "\\%");
    add("escaped underscore", "\\_");
    add("backslash", "\\");
    add("two backslashes", "\\\\");
    add("percent inside", "a%b");
    add("underscore inside", "a_b");
    add("trailing backslash", "abc\\");
    add("percent backslash", "%\\");
    add("escape clause", "x' ESCAPE '!");
    add("bracket class", "[a-z]");
    add("negated class", "[!a]");
    add("glob star", "*");
    add("glob question", "?");
    add("regex any", ".*");
    add("regex anchors", "^$");
    add("catastrophic regex", "(a+)+$");

    // Unicode: confusables, bidi and invisible characters, case folding, astral planes.
    add("rtl override", bytes("\u202Egnp.exe"));
    add("rtl override email", bytes("admin\u202Emoc.elpmaxe@"));
    add("right to left mark", bytes("\u200Fadmin"));
    add("left to right mark", bytes("admin\u200E"));
    add("rtl embedding", bytes("\u202Babc\u202C"));
    add("rtl isolate", bytes("\u2067abc\u2069"));
    add("zero width joiner", bytes("ad\u200Dmin"));
    add("zero width non joiner", bytes("ad\u200Cmin"));
    add("zero width space", bytes("ad\u200Bmin"));
    add("byte order mark", bytes("\uFEFFadmin"));
    add("soft hyphen", bytes("ad\u00ADmin"));
    add("cyrillic a", bytes("\u0430dmin"));
    add("greek omicron", bytes("r\u03BFot"));
    add("fullwidth letters", bytes("\uFF21\uFF24\uFF2D\uFF29\uFF2E"));
    add("fullwidth quote injection", bytes("\uFF07 OR \uFF071\uFF07=\uFF071"));
    add("modifier apostrophe", bytes("\u02BC OR 1=1 --"));
    add("curly quote", bytes("\u2019 OR \u20191\u2019=\u20191"));
    add("dotless i", bytes("adm\u0131n"));
    add("dotted capital i", bytes("\u0130NFO"));
    add("sharp s", bytes("stra\u00DFe"));
    add("capital sharp s", bytes("STRA\u1E9EE"));
    add("ligature", bytes("\uFB01le"));
    add("combining accent", bytes("cafe\u0301"));
    add("zalgo", bytes("a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C\u030D"));
    add("emoji", bytes("\U0001F600"));
    add("emoji family", bytes("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"));
    add("flag", bytes("\U0001F1E9\U0001F1EA"));
    add("astral cjk", bytes("\U0002070E"));
    add("math bold", bytes("\U0001D41A\U0001D41D\U0001D426\U0001D422\U0001D427"));
    add("lone high surrogate", units({u'a', 0xD800, u'b'}));
    add("lone low surrogate", units({0xDC00}));
    add("line separator", bytes("a\u2028b"));
    add("paragraph separator", bytes("a\u2029b"));
    add("no break space", bytes("\u00A0admin\u00A0"));
    add("ideographic space", bytes("\u3000"));
    add("hangul filler", bytes("\u3164"));
    add("ohm sign", bytes("\u2126"));
    add("arabic", bytes("\u0645\u0631\u062D\u0628\u0627"));
    add("hebrew mixed bidi", bytes("\u05E9\u05DC\u05D5\u05DD abc 123"));
    add("tag characters", bytes("a\U000E0041\U000E0042"));
    add("private use", bytes("\uE000"));
    add("noncharacter", bytes("\uFFFF"));
    add("replacement character", bytes("\uFFFD"));
    add("devanagari", bytes("\u0915\u094D\u0937"));

    // NUL and control characters.
    add("nul alone", QString(nul));
    add("nul inside", QStringLiteral("a") + nul + QStringLiteral("b"));
    add("nul then injection", QStringLiteral("x") + nul + QStringLiteral("'; DROP TABLE users; --"));
    add("all c0 controls", controls());
    add("tab", "\t");
    add("crlf", "\r\n");
    add("newline injection", "line1\nline2'--");
    add("backspace", "abc\b\b\b");
    add("ansi colour", "\x1b[31mred\x1b[0m");
    add("osc title", "\x1b]0;pwned\x07");
    add("delete character", "\x7f");
    add("c1 next line", bytes("a\u0085b"));
    add("c1 csi", bytes("\u009B31m"));
    add("form feed vertical tab", "\f\v");
    add("escape", "\x1b");

    // Invalid UTF-8 as QString::fromUtf8 hands it on (each bad sequence becomes U+FFFD).
    add("invalid ff", bytes("\xff"));
    add("overlong slash", bytes("\xc0\xaf"));
    add("overlong three byte", bytes("\xe0\x80\xaf"));
    add("encoded surrogate", bytes("\xed\xa0\x80"));
    add("past u+10ffff", bytes("\xf4\x90\x80\x80"));
    add("truncated sequence", bytes("\xe2\x82"));
    add("five byte sequence", bytes("\xf8\x88\x80\x80\x80"));
    add("overlong quote injection", bytes("\xc0\x27 OR 1=1 --"));
    add("overlong nul", bytes("\xc0\x80"));
    add("lone continuation", bytes("\x80"));
    add("utf16 bom bytes", bytes("\xfe\xff"));

    // Length.
    add("empty", QString());
    add("single space", " ");
    add("whitespace only", "  \t  ");
    add("one mebibyte", HostileCorpus::megabyte());
    add("70000 characters", QStringLiteral("ab%_").repeated(17500));
    add("10000 quotes", QStringLiteral("'").repeated(10000));
    add("email at 320", QStringLiteral("a").repeated(64) + "@" + QStringLiteral("b").repeated(250) + ".test");
    add("email past 320", QStringLiteral("a").repeated(64) + "@" + QStringLiteral("b").repeated(251) + ".test");
    add("slug at 63", QStringLiteral("a").repeated(63));
    add("slug past 63", QStringLiteral("a").repeated(64));

    // Numbers at and past their limits.
    add("1e309", "1e309");
    add("minus 1e309", "-1e309");
    add("twenty nines", "99999999999999999999");
    add("minus zero", "-0");
    add("nan", "NaN");
    add("inf", "inf");
    add("minus infinity", "-Infinity");
    add("hex number", "0x10");
    add("thousands separator", "1,000");
    add("two decimal points", "1.5.5");
    add("int64 max", "9223372036854775807");
    add("int64 max plus one", "9223372036854775808");
    add("int64 min minus one", "-9223372036854775809");
    add("int32 max plus one", "2147483648");
    add("uint32 max plus one", "4294967296");
    add("underflow", "1e-400");
    add("plus minus", "+-1");
    add("arabic indic digits", bytes("\u0661\u0662\u0663"));
    add("fullwidth digits", bytes("\uFF11\uFF12\uFF13"));
    add("digit separators", "1_000");
    add("binary literal", "0b101");
    add("leading dot", ".5e");
    add("negative one", "-1");
    add("long pi", "3.14159265358979323846264338327950288419716939937510");

    // Dates at and past their limits.
    add("zero date", "0000-00-00");
    add("zero datetime", "0000-00-00 00:00:00");
    add("leap second at the end", "9999-12-31T23:59:60");
    add("last microsecond", "9999-12-31 23:59:59.999999");
    add("day before epoch", "1969-12-31");
    add("second before epoch", "1969-12-31T23:59:59Z");
    add("year 2038", "2038-01-19T03:14:08Z");
    add("year minus one", "-0001-01-01");
    add("year 10000", "10000-01-01");
    add("february 30", "2025-02-30");
    add("month 13", "2025-13-01");
    add("hour 24", "2025-01-01 24:00:00");
    add("gregorian gap", "1582-10-10");
    add("dst gap", "2025-03-30 02:30 Europe/Berlin");
    add("sql now", "now()");
    add("current timestamp", "CURRENT_TIMESTAMP");
    add("pg infinity", "infinity");
    add("pg epoch", "epoch");
    add("pg allballs", "allballs");

    // JSON oddities.
    add("deep arrays", nested("[", QString(), "]", 10000));
    add("deep objects", nested("{\"a\":", "1", "}", 1000));
    add("duplicate keys", "{\"agents\": 1, \"agents\": 2}");
    add("mongo where", "{\"$where\": \"sleep(5000) || true\"}");
    add("mongo gt", "{\"email\": {\"$gt\": \"\"}}");
    add("proto pollution", "{\"__proto__\": {\"isAdmin\": true}}");
    add("constructor pollution", "{\"constructor\": {\"prototype\": {\"isAdmin\": true}}}");
    add("json 1e309", "{\"agents\": 1e309}");
    add("json nan", "{\"agents\": NaN}");
    add("json minus zero", "{\"agents\": -0}");
    add("json escaped nul key", "{\"\\u0000\": 1}");
    add("json lone surrogate escape", "{\"a\": \"\\ud800\"}");
    add("json trailing comma", "{\"agents\": 1,}");
    add("json single quotes", "{'agents': 1}");
    add("json two documents", "{\"a\": 1} {\"b\": 2}");
    add("json huge count", "{\"agents\": 99999999999999999999}");
    add("json negative count", "{\"agents\": -1}");
    add("json fraction count", "{\"agents\": 1.5}");
    add("json roles escalation", "[\"admin\", \"support\"]");
    add("json role injection", "[\"admin' OR '1'='1\"]");
    add("json null", "null");
    add("json string", "\"text\"");
    add("json comment", "{\"a\": 1 /* c */}");
    add("json bom", bytes("\uFEFF{}"));

    // Path traversal.
    add("etc passwd traversal", "../../etc/passwd");
    add("windows traversal", "..\\..\\windows\\win.ini");
    add("absolute etc passwd", "/etc/passwd");
    add("doubled dots", "....//....//etc/passwd");
    add("encoded traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd");
    add("overlong traversal", bytes("..\xc0\xaf..\xc0\xaf" "etc/passwd"));
    add("file url", "file:///etc/passwd");
    add("dev zero", "/dev/zero");
    add("proc environ", "/proc/self/environ");
    add("home ssh key", "~/.ssh/id_rsa");
    add("unc path", "\\\\server\\share\\x");
    add("dos device", "CON");

    // Format strings and template expressions.
    add("printf n s", "%n%s%1");
    add("printf many s", "%s%s%s%s%s%s%s%s%s%s");
    add("printf hex", "%x%x%x%x%p%p");
    add("qt args", "%1%2%3%L1%99");
    add("printf width", "%99999999999s");
    add("brace format", "{0}{1}{}");
    add("log4j", "${jndi:ldap://127.0.0.1/a}");
    add("template braces", "{{7*7}}");
    add("ruby interpolation", "#{7*7}");
    add("erb", "<%= 7*7 %>");
    add("shell substitution", "$(id)");
    add("shell backticks", "`id`");
    add("shell and", "&& id");
    add("shell pipe", "| id");
    add("shell semicolon", "; ls -la /");

    // CSV formula injection.
    add("csv cmd", "=cmd|' /C calc'!A0");
    add("csv hyperlink", "=HYPERLINK(\"http://127.0.0.1/\",\"x\")");
    add("csv plus cmd", "+1+cmd|' /C calc'!A0");
    add("csv minus cmd", "-2+3+cmd|' /C calc'!A0");
    add("csv at sum", "@SUM(1+1)*cmd|' /C calc'!A0");
    add("csv simple formula", "=1+1");
    add("csv tab formula", "\t=1+1");
    add("csv quoted formula", "\"=1+1\"");
    add("csv embedded quotes", "a,b,\"c\"\"d\"");
    add("csv line break", "a\r\nb,c");

    // Markup: a label that guessed rich text would render these.
    add("script tag", "<script>alert(1)</script>");
    add("img onerror", "<img src=x onerror=alert(1)>");
    add("bold markup", "<b>bold</b>");
    add("link markup", "<a href=\"file:///etc/passwd\">x</a>");
    add("xml entity", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY y SYSTEM \"file:///etc/passwd\">]><x>&y;</x>");
    add("cdata end", "]]>");
    add("html entities", "&lt;&amp;&gt;");
    add("javascript url", "javascript:alert(1)");

    // Emails, slugs, ids and addresses.
    add("email comment", "admin@agentfactory.test' --");
    add("email upper case", "ADMIN@AGENTFACTORY.TEST");
    add("email trailing space", "admin@agentfactory.test ");
    add("email with nul", QStringLiteral("admin@agentfactory.test") + nul);
    add("email quoted space", "\" \"@example.com");
    add("email no dot", "a@b");
    add("email double at", "a@@b.c");
    add("email quoted quote", "\"a\\\"b\"@example.com");
    add("email plus tag", "user+tag@example.com");
    add("email ip literal", "user@[127.0.0.1]");
    add("email idn", bytes("\u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044C@\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444"));
    add("email header injection", "a@b.c\nBcc: x@y.z");
    add("email percent", "%@example.com");
    add("email underscore", "_@example.com");
    add("nil uuid", "00000000-0000-0000-0000-000000000000");
    add("slug double hyphen", "acme--labs");
    add("slug hyphen ends", "-acme-");
    add("slug upper case", "ACME");
    add("ipv4 any", "0.0.0.0/0");
    add("ipv6 any", "::/0");
    add("ipv4 octet 300", "10.0.0.300");
    add("ipv4 prefix 33", "192.168.1.1/33");
    add("ipv4 short", "127.1");
    add("ipv4 hex octet", "0x7f.0.0.1");
    add("ipv4 decimal", "2130706433");
    add("ipv4 mapped", "::ffff:127.0.0.1");
    add("ipv6 zone", "fe80::1%eth0");
    add("negative prefix", "1.2.3.4/-1");
    add("prefix with space", "1.2.3.4/ 24");
    add("cidr injection", "10.0.0.0/8; DROP TABLE audit_logs");
    add("ipv6 prefix 129", "2001:db8::/129");
    add("bracketed ipv6", "[::1]");
    add("address with port", "1.2.3.4:80");
    return c;
}

} // namespace

QString HostileCorpus::megabyte()
{
    // Quotes, wildcards, a backslash and a comment marker all the way through, so whatever
    // cut of it a field keeps is still hostile.
    const QString unit = QStringLiteral("x'%_\\;-- ");
    QString text = unit.repeated(1024 * 1024 / unit.size() + 1);
    text.truncate(1024 * 1024);
    return text;
}

const QList<HostileCase> &HostileCorpus::all()
{
    static const QList<HostileCase> cases = [] {
        QList<HostileCase> built = build();
        QSet<QString> names;
        for (const HostileCase &c : built) {
            if (names.contains(c.name))
                qFatal("HostileCorpus: the name \"%s\" is used twice", qPrintable(c.name));
            names.insert(c.name);
        }
        return built;
    }();
    return cases;
}

bool HostileCorpus::isTypeable(const QString &text)
{
    if (text.size() > 2000)
        return false;
    // What a line edit inserts from a key press (QInputControl::isAcceptableInput): printable
    // characters, format characters (bidi marks, joiners), private use, whole surrogate pairs.
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool accepted = ch.isPrint() || ch.category() == QChar::Other_Format || ch.category() == QChar::Other_PrivateUse;
        if (!accepted || ch.isSurrogate())
            return false;
    }
    return true;
}

QStringList HostileCorpus::rawDriverMarkers()
{
    return {QStringLiteral("ERROR:"), QStringLiteral("SQLSTATE"), QStringLiteral("syntax error"),
            QStringLiteral("unrecognized token"), QStringLiteral("QPSQL"), QStringLiteral("QSQLITE"),
            QStringLiteral("Unable to"), QStringLiteral("no such column"), QStringLiteral("no such table"),
            QStringLiteral("invalid input syntax"), QStringLiteral("unterminated"), QStringLiteral("near \""),
            QStringLiteral("LIKE or GLOB pattern"), QStringLiteral("malformed JSON"), QStringLiteral("DETAIL:"),
            QStringLiteral("HINT:"), QStringLiteral("violates"), QStringLiteral("constraint failed"),
            QStringLiteral("database is locked")};
}

QString HostileCorpus::rawDriverText(const QString &shown, const QString &input)
{
    for (const QString &marker : rawDriverMarkers()) {
        if (shown.contains(marker, Qt::CaseInsensitive) && !input.contains(marker, Qt::CaseInsensitive))
            return marker;
    }
    return {};
}
