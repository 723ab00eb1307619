<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyIssuedDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>API Key “%1” Issued</source>
        <translation>API-Schlüssel „%1“ ausgestellt</translation>
    </message>
    <message>
        <source>Copy the key now and store it somewhere safe, such as a secret manager. This is the only time it is shown: afadmin stored only its SHA-256 hash, and lists it afterwards as %1…%2.</source>
        <translation>Kopieren Sie den Schlüssel jetzt und bewahren Sie ihn an einem sicheren Ort auf, etwa in einem Secret-Manager. Er wird nur dieses eine Mal angezeigt: afadmin hat nur seinen SHA-256-Hash gespeichert und führt ihn danach als %1…%2 auf.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>AppStartup</name>
    <message>
        <source>Browse and administer the Agent Factory database.</source>
        <translation>Die Agent-Factory-Datenbank durchsuchen und verwalten.</translation>
    </message>
    <message>
        <source>Open this SQLAlchemy URL (default: the DATABASE_URL environment variable).</source>
        <translation>Diese SQLAlchemy-URL öffnen (Standard: die Umgebungsvariable DATABASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Open the demo database, creating it on first use.</source>
        <translation>Die Demo-Datenbank öffnen; sie wird bei der ersten Verwendung erstellt.</translation>
    </message>
    <message>
        <source>Open on this table, e.g. audit_logs.</source>
        <translation>Mit dieser Tabelle starten, z. B. audit_logs.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabelle</translation>
    </message>
    <message>
        <source>Start with the tenant lens on this tenant (name or id).</source>
        <translation>Mit dem Mandantenfokus auf diesem Mandanten starten (Name oder ID).</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>mandant</translation>
    </message>
    <message>
        <source>The database&apos;s environment: development, staging or production (production opens read-only until writes are enabled with a reason).</source>
        <translation>Die Umgebung der Datenbank: development, staging oder production (production wird schreibgeschützt geöffnet, bis der Schreibzugriff mit einer Begründung aktiviert wird).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open on the dashboard or the audit trail: dashboard or audit-trail.</source>
        <translation>Mit dem Dashboard oder dem Prüfprotokoll starten: dashboard oder audit-trail.</translation>
    </message>
    <message>
        <source>Unknown view</source>
        <translation>Unbekannte Ansicht</translation>
    </message>
    <message>
        <source>--view must be dashboard or audit-trail, not “%1”.</source>
        <translation>--view muss dashboard oder audit-trail sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown environment</source>
        <translation>Unbekannte Umgebung</translation>
    </message>
    <message>
        <source>--environment must be development, staging or production, not “%1”.</source>
        <translation>--environment muss development, staging oder production sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>AuditActivityPanel</name>
    <message>
        <source>Audit activity</source>
        <translation>Aktivität im Prüfprotokoll</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Fehlgeschlagene Aktionen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Click a row for those failed entries in the range</source>
        <translation>Klicken Sie auf eine Zeile, um die betreffenden fehlgeschlagenen Einträge im Zeitraum anzuzeigen</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No audit events in this range</source>
        <translation>Keine Ereignisse im Prüfprotokoll in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 events, %2</source>
        <translation>Ereignisse (%1), %2</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>Most active users</source>
        <translation>Aktivste Benutzer</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Kein Benutzer</translation>
    </message>
    <message>
        <source>Events by %1</source>
        <translation>Ereignisse von %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>AuditDetailsPanel</name>
    <message>
        <source>Open &amp;Resource</source>
        <translation>&amp;Ressource öffnen</translation>
    </message>
    <message>
        <source>Open &amp;User</source>
        <translation>&amp;Benutzer öffnen</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The resource type names no table.</source>
        <translation>Der Ressourcentyp bezeichnet keine Tabelle.</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>AuditFilterPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Benutzerdefinierter Zeitraum…</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>User (email)</source>
        <translation>Benutzer (E-Mail)</translation>
    </message>
    <message>
        <source>IP or range</source>
        <translation>IP oder Bereich</translation>
    </message>
    <message>
        <source>Text in details</source>
        <translation>Text in Details</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <source>Query stopped: %1</source>
        <translation>Abfrage abgebrochen: %1</translation>
    </message>
    <message>
        <source>Audit trail • rows: %1</source>
        <translation>Prüfprotokoll • Zeilen: %1</translation>
    </message>
    <message>
        <source>This database has no %1 table: there is no audit trail to show.</source>
        <translation>Diese Datenbank hat keine Tabelle %1: Es gibt kein Prüfprotokoll anzuzeigen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <source>No columns given for %1.</source>
        <translation>Keine Spalten für %1 angegeben.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>A row for %1 has %2 values instead of %3.</source>
        <translation>Eine Zeile für %1 hat %2 Werte statt %3.</translation>
    </message>
    <message>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>Das Einfügen in %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot insert into %1: %2</source>
        <translation>Einfügen in %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back to the previous view (Alt+Left)</source>
        <translation>Zurück zur vorherigen Ansicht (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>BulkSeeder</name>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Die Zeilen von %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>multi-row INSERT on the sqlite3 handle</source>
        <translation>mehrzeiliges INSERT über das sqlite3-Handle</translation>
    </message>
    <message>
        <source>COPY FROM STDIN</source>
        <translation>COPY FROM STDIN</translation>
    </message>
    <message>
        <source>no bulk path for the driver %1</source>
        <translation>kein Massenladeverfahren für den Treiber %1</translation>
    </message>
    <message>
        <source>this is not an Agent Factory database: it has no table &quot;%1&quot;.</source>
        <translation>dies ist keine Agent-Factory-Datenbank: Die Tabelle „%1“ fehlt.</translation>
    </message>
    <message>
        <source>cannot seed %1: %2</source>
        <translation>%1 kann nicht befüllt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CellFormatter</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Hidden: a hash, never shown</source>
        <translation>Verborgen: ein Hash, wird nie angezeigt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>CentreStack</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>CheckSchemaCommand</name>
    <message>
        <source>Compares the database&apos;s real schema with the Agent Factory data model.
Prints one line per difference on standard output.
Exit codes: 0 the schema matches, 1 it differs, 2 the database cannot be checked.</source>
        <translation>Vergleicht das tatsächliche Schema der Datenbank mit dem Datenmodell von Agent Factory.
Gibt je Abweichung eine Zeile auf der Standardausgabe aus.
Exit-Codes: 0 das Schema stimmt überein, 1 es weicht ab, 2 die Datenbank kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>SQLAlchemy URL of the database (default: the DATABASE_URL environment variable).</source>
        <translation>SQLAlchemy-URL der Datenbank (Standard: die Umgebungsvariable DATABASE_URL).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No database given: pass --database-url URL or set DATABASE_URL.</source>
        <translation>Keine Datenbank angegeben: Übergeben Sie --database-url URL oder setzen Sie DATABASE_URL.</translation>
    </message>
    <message>
        <source>%1 is not an Agent Factory database. %2</source>
        <translation>%1 ist keine Agent-Factory-Datenbank. %2</translation>
    </message>
    <message>
        <source>The schema of %1 matches the data model.</source>
        <translation>Das Schema von %1 stimmt mit dem Datenmodell überein.</translation>
    </message>
    <message>
        <source>Differences between %1 and the data model: %2.</source>
        <translation>Abweichungen zwischen %1 und dem Datenmodell: %2.</translation>
    </message>
    <message>
        <source>Of these, known from the old migration (data-model.md, &quot;Migration Status&quot;): %1.</source>
        <translation>Davon aus der alten Migration bekannt (data-model.md, „Migration Status“): %1.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Compare the database&apos;s schema with the data model</source>
        <translation>Schema der Datenbank mit dem Datenmodell vergleichen</translation>
    </message>
    <message>
        <source>Create the demo database</source>
        <translation>Demo-Datenbank erstellen</translation>
    </message>
    <message>
        <source>Export a table&apos;s rows, filtered, as CSV, JSON or JSON Lines</source>
        <translation>Zeilen einer Tabelle gefiltert als CSV, JSON oder JSON Lines exportieren</translation>
    </message>
    <message>
        <source>Append millions of realistic rows to big tables</source>
        <translation>Millionen realistischer Zeilen an große Tabellen anhängen</translation>
    </message>
    <message>
        <source>Create a user or set a user&apos;s password, as a signed-in operator</source>
        <translation>Als angemeldeter Operator einen Benutzer erstellen oder das Passwort eines Benutzers setzen</translation>
    </message>
</context>
<context>
    <name>CliCommandSupport</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>afadmin-cli %1: %2</source>
        <translation>afadmin-cli %1: %2</translation>
    </message>
    <message>
        <source>Run afadmin-cli %1 --help for the options.</source>
        <translation>Rufen Sie afadmin-cli %1 --help auf, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>the seed &quot;%1&quot; is not a whole number from 0 to 4294967295.</source>
        <translation>der Startwert „%1“ ist keine ganze Zahl von 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>the anchor date &quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>der Stichtag „%1“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: afadmin-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: afadmin-cli BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Agent Factory Admin on the command line.</source>
        <translation>Agent Factory Admin auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run afadmin-cli COMMAND --help for a command&apos;s options.</source>
        <translation>afadmin-cli BEFEHL --help zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>the database, when --database-url is not given</source>
        <translation>die Datenbank, wenn --database-url fehlt</translation>
    </message>
    <message>
        <source>the operator&apos;s password for user commands (else asked on the terminal)</source>
        <translation>das Passwort des Operators für Benutzerbefehle (sonst im Terminal abgefragt)</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>the command found a problem (schema drift, refused input)</source>
        <translation>der Befehl hat ein Problem gefunden (Schemaabweichung, abgelehnte Eingabe)</translation>
    </message>
    <message>
        <source>bad usage, or the database cannot be opened or is not an Agent Factory database</source>
        <translation>falscher Aufruf, oder die Datenbank lässt sich nicht öffnen oder ist keine Agent-Factory-Datenbank</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C); an export leaves no file</source>
        <translation>abgebrochen (Strg+C); ein Export hinterlässt keine Datei</translation>
    </message>
    <message>
        <source>afadmin-cli: unknown command &quot;%1&quot;</source>
        <translation>afadmin-cli: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ColumnFilter</name>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>at least (≥)</source>
        <translation>mindestens (≥)</translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation>höchstens (≤)</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>ist ja</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>ist nein</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>key is</source>
        <translation>Schlüssel ist</translation>
    </message>
    <message>
        <source>key contains</source>
        <translation>Schlüssel enthält</translation>
    </message>
    <message>
        <source>name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <source>name is</source>
        <translation>Name ist</translation>
    </message>
    <message>
        <source>in range (address or CIDR)</source>
        <translation>im Bereich (Adresse oder CIDR)</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eines von %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Table, saved view, command, or a record&apos;s name, email or id</source>
        <translation>Tabelle, gespeicherte Ansicht, Befehl oder Name, E-Mail oder ID eines Datensatzes</translation>
    </message>
    <message>
        <source>Table, saved view or command</source>
        <translation>Tabelle, gespeicherte Ansicht oder Befehl</translation>
    </message>
    <message>
        <source>Looking up records…</source>
        <translation>Datensätze werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>↑↓ choose • Enter go • Esc close</source>
        <translation>↑↓ auswählen • Eingabe öffnen • Esc schließen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <translation>%1 • %2</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Andere Version (gespeichert)</translation>
    </message>
    <message>
        <source>Yours (in the form)</source>
        <translation>Ihre Version (im Formular)</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>Andere Version &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>Mit &amp;meiner Version überschreiben</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Connect to a Database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>A SQLAlchemy URL, as in the platform&apos;s DATABASE_URL:
sqlite:///relative.db, sqlite:////absolute/path.db or postgresql://user@host:port/db</source>
        <translation>Eine SQLAlchemy-URL wie in DATABASE_URL der Plattform:
sqlite:///relative.db, sqlite:////absolute/path.db oder postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Not needed for SQLite</source>
        <translation>Für SQLite nicht erforderlich</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>U&amp;mgebung:</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved connections:</source>
        <translation>Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>System keyring: %1. The password is not saved; enter it each time.</source>
        <translation>Schlüsselbund des Systems: %1. Das Passwort wird nicht gespeichert; geben Sie es jedes Mal ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a SQLite Database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Database URL: %1</source>
        <translation>Datenbank-URL: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <source>No PostgreSQL connection.</source>
        <translation>Keine PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>The connection&apos;s client encoding is %1, not UTF8.</source>
        <translation>Die Client-Kodierung der Verbindung ist %1, nicht UTF8.</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>Cannot start COPY into %1: %2</source>
        <translation>COPY in %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>A text value holds a NUL character, which PostgreSQL cannot store.</source>
        <translation>Ein Textwert enthält ein NUL-Zeichen, das PostgreSQL nicht speichern kann.</translation>
    </message>
    <message>
        <source>Cannot send rows to the server: %1</source>
        <translation>Zeilen können nicht an den Server gesendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot end COPY: %1</source>
        <translation>COPY kann nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>COPY failed: %1</source>
        <translation>COPY fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>others</source>
        <translation>sonstige</translation>
    </message>
</context>
<context>
    <name>DashboardLinks</name>
    <message>
        <source>%1: %2 to %3 (UTC)</source>
        <translation>%1: %2 bis %3 (UTC)</translation>
    </message>
    <message>
        <source>%1: %2 (UTC)</source>
        <translation>%1: %2 (UTC)</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 (workflow)</source>
        <translation>%1 (Workflow)</translation>
    </message>
</context>
<context>
    <name>DashboardPanelFrame</name>
    <message>
        <source>How long the database took to answer</source>
        <translation>Antwortzeit der Datenbank</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Run this panel&apos;s queries again</source>
        <translation>Die Abfragen dieses Bereichs erneut ausführen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV…</translation>
    </message>
    <message>
        <source>Data as &amp;JSON…</source>
        <translation>Daten als &amp;JSON…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The database answered in %1; on screen %2 after the refresh.</source>
        <translation>Die Datenbank hat in %1 geantwortet; %2 nach der Aktualisierung war das Ergebnis auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not in this database, left out: %1</source>
        <translation>In dieser Datenbank nicht vorhanden, ausgelassen: %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DashboardReader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh All</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Dashboard up to date.</source>
        <translation>Dashboard ist aktuell.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>all tenants</source>
        <translation>alle Mandanten</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>  %1 to %2 (UTC), %3, %4</source>
        <translation>  %1 bis %2 (UTC), %3, %4</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The Qt driver %1 is not installed.</source>
        <translation>Der Qt-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist.</source>
        <translation>Die SQLite-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation>%1 ist keine SQLite-Datenbank oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password for &quot;%2&quot;.</source>
        <translation>Der Server unter %1 hat den Benutzernamen oder das Passwort für „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>The server at %1 has no database named &quot;%2&quot;.</source>
        <translation>Der Server unter %1 hat keine Datenbank namens „%2“.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; cannot be resolved.</source>
        <translation>Der Hostname „%1“ kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1, port %2: is PostgreSQL running there?</source>
        <translation>Unter %1, Port %2 nimmt nichts Verbindungen an: Läuft dort PostgreSQL?</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>The SQLite driver &quot;%1&quot; is not supported.</source>
        <translation>Der SQLite-Treiber „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A SQLite URL has no host: write sqlite:///relative.db or sqlite:////absolute/path.db.</source>
        <translation>Eine SQLite-URL hat keinen Host: Schreiben Sie sqlite:///relative.db oder sqlite:////absolute/path.db.</translation>
    </message>
    <message>
        <source>The database kind &quot;%1&quot; is not supported: use sqlite:// or postgresql://.</source>
        <translation>Die Datenbankart „%1“ wird nicht unterstützt: Verwenden Sie sqlite:// oder postgresql://.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver &quot;%1&quot; is not supported.</source>
        <translation>Der PostgreSQL-Treiber „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The URL names no database: add it after the host, as in postgresql://host/agent_factory.</source>
        <translation>Die URL nennt keine Datenbank: Fügen Sie sie nach dem Host an, wie in postgresql://host/agent_factory.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; contains a slash.</source>
        <translation>Der Datenbankname „%1“ enthält einen Schrägstrich.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The URL option &quot;%1&quot; is not supported.</source>
        <translation>Die URL-Option „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The URL option &quot;%1&quot; has an invalid value.</source>
        <translation>Die URL-Option „%1“ hat einen ungültigen Wert.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: afadmin-cli demo (--output PATH | --database-url URL) [--seed N] [--anchor-date YYYY-MM-DD] [--force]</source>
        <translation>Aufruf: afadmin-cli demo (--output PFAD | --database-url URL) [--seed N] [--anchor-date JJJJ-MM-TT] [--force]</translation>
    </message>
    <message>
        <source>Creates the Agent Factory schema and fills it with a reproducible demo data set: 6 tenants, their users, agents, workflows, executions, billing and 12 months of audit logs. The same seed and anchor date always give the same rows.</source>
        <translation>Erstellt das Agent-Factory-Schema und füllt es mit einem reproduzierbaren Demo-Datenbestand: 6 Mandanten mit ihren Benutzern, Agenten, Workflows, Ausführungen, Abrechnungsdaten und 12 Monaten Prüfprotokoll. Derselbe Startwert und derselbe Stichtag ergeben immer dieselben Zeilen.</translation>
    </message>
    <message>
        <source>the database already has the table &quot;%1&quot;. The demo only goes into a database without Agent Factory tables.</source>
        <translation>die Datenbank enthält bereits die Tabelle „%1“. Die Demo kann nur in eine Datenbank ohne Agent-Factory-Tabellen geschrieben werden.</translation>
    </message>
    <message>
        <source>Demo database created in %1 (seed %2, anchor date %3).</source>
        <translation>Demo-Datenbank in %1 erstellt (Startwert %2, Stichtag %3).</translation>
    </message>
    <message>
        <source>Demo accounts:</source>
        <translation>Demo-Konten:</translation>
    </message>
    <message>
        <source>any other user</source>
        <translation>alle anderen Benutzer</translation>
    </message>
    <message>
        <source>Tenant member</source>
        <translation>Mandantenmitglied</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Zeilen pro Tabelle:</translation>
    </message>
    <message>
        <source>Write a new SQLite file at &lt;path&gt;.</source>
        <translation>Eine neue SQLite-Datei unter &lt;pfad&gt; schreiben.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Fill the database at &lt;url&gt; (SQLAlchemy form); it must have no Agent Factory tables.</source>
        <translation>Die Datenbank unter &lt;url&gt; befüllen (SQLAlchemy-Form); sie darf keine Agent-Factory-Tabellen enthalten.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Zufallsstartwert (Standard: 42).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Date the data leads up to, YYYY-MM-DD (default today, UTC).</source>
        <translation>Datum, bis zu dem die Daten reichen, JJJJ-MM-TT (Standard: heute, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Replace the --output file if it exists.</source>
        <translation>Die --output-Datei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>give either --output PATH or --database-url URL.</source>
        <translation>geben Sie entweder --output PFAD oder --database-url URL an.</translation>
    </message>
    <message>
        <source>--force only applies to --output.</source>
        <translation>--force gilt nur für --output.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 ist ein Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>DemoContent</name>
    <message>
        <source>Drawing agents, workflows, blueprints, projects and API keys</source>
        <translation>Agenten, Workflows, Vorlagen, Projekte und API-Schlüssel werden erzeugt</translation>
    </message>
    <message>
        <source>Drawing executions, usage records and audit logs</source>
        <translation>Ausführungen, Nutzungsdatensätze und Prüfprotokolleinträge werden erzeugt</translation>
    </message>
    <message>
        <source>Hashing demo passwords (bcrypt)</source>
        <translation>Demo-Passwörter werden gehasht (bcrypt)</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Platform superuser (no tenant)</source>
        <translation>Plattform-Superuser (kein Mandant)</translation>
    </message>
    <message>
        <source>Platform support, role &quot;support&quot; (no tenant)</source>
        <translation>Plattform-Support, Rolle „support“ (kein Mandant)</translation>
    </message>
    <message>
        <source>Tenant admin of Acme Corporation, role &quot;admin&quot;</source>
        <translation>Mandanten-Administrator von Acme Corporation, Rolle „admin“</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database already has the table %1: the demo needs a database without Agent Factory tables.</source>
        <translation>Die Datenbank enthält bereits die Tabelle %1: Die Demo benötigt eine Datenbank ohne Agent-Factory-Tabellen.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Creating the schema</source>
        <translation>Schema wird erstellt</translation>
    </message>
    <message>
        <source>Cannot create the schema: %1</source>
        <translation>Schema kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Generating the demo data (seed %1, anchor date %2)</source>
        <translation>Demodaten werden erzeugt (Startwert %1, Stichtag %2)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s) into %1</source>
        <translation>
            <numerusform>%n Zeile wird in %1 geschrieben</numerusform>
            <numerusform>%n Zeilen werden in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot commit the demo data: %1</source>
        <translation>Demodaten können nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Fertig in %1 s</translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is not a file name: it holds a NUL character.</source>
        <translation>%1 ist kein Dateiname: Er enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>DriftCheck</name>
    <message>
        <source>not in the old migration</source>
        <translation>nicht in der alten Migration</translation>
    </message>
    <message>
        <source>old migration used a string id</source>
        <translation>die alte Migration verwendete eine Zeichenketten-ID</translation>
    </message>
    <message>
        <source>added by the old migration; not in the data model</source>
        <translation>von der alten Migration hinzugefügt; nicht im Datenmodell</translation>
    </message>
    <message>
        <source>%1; the old migration&apos;s %2.%3 stands in its place</source>
        <translation>%1; an ihrer Stelle steht %2.%3 aus der alten Migration</translation>
    </message>
    <message>
        <source>%1 (the old migration&apos;s name for %2)</source>
        <translation>%1 (Name der alten Migration für %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>missing table</source>
        <translation>fehlende Tabelle</translation>
    </message>
    <message>
        <source>extra column</source>
        <translation>zusätzliche Spalte</translation>
    </message>
    <message>
        <source>no primary key, expected (%1)</source>
        <translation>kein Primärschlüssel, erwartet (%1)</translation>
    </message>
    <message>
        <source>primary key is (%1), expected (%2)</source>
        <translation>Primärschlüssel ist (%1), erwartet (%2)</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>fehlende Spalte</translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation>nicht deklariert</translation>
    </message>
    <message>
        <source>type is %1, expected %2</source>
        <translation>Typ ist %1, erwartet %2</translation>
    </message>
    <message>
        <source>does not number itself; it must be the table&apos;s only key column, declared exactly INTEGER</source>
        <translation>nummeriert sich nicht selbst; sie muss die einzige Schlüsselspalte der Tabelle sein, deklariert als genau INTEGER</translation>
    </message>
    <message>
        <source>does not number itself; it needs SERIAL (a nextval() default) or an identity</source>
        <translation>nummeriert sich nicht selbst; sie benötigt SERIAL (einen nextval()-Standardwert) oder eine Identitätsspalte</translation>
    </message>
    <message>
        <source>NOT NULL in the database, but the data model allows it to be empty</source>
        <translation>NOT NULL in der Datenbank, aber das Datenmodell erlaubt leere Werte</translation>
    </message>
    <message>
        <source>no foreign key to %1.%2</source>
        <translation>kein Fremdschlüssel auf %1.%2</translation>
    </message>
    <message>
        <source>missing unique index %1</source>
        <translation>fehlender eindeutiger Index %1</translation>
    </message>
    <message>
        <source>missing index %1</source>
        <translation>fehlender Index %1</translation>
    </message>
    <message>
        <source>index %1 covers (%2), expected (%3)</source>
        <translation>Index %1 umfasst (%2), erwartet (%3)</translation>
    </message>
    <message>
        <source>index %1 is not unique</source>
        <translation>Index %1 ist nicht eindeutig</translation>
    </message>
    <message>
        <source>index %1 is unique, but the data model allows repeated values</source>
        <translation>Index %1 ist eindeutig, aber das Datenmodell erlaubt wiederholte Werte</translation>
    </message>
    <message numerus="yes">
        <source>The database has no tables; an Agent Factory database has these %n: %1.</source>
        <translation>
            <numerusform>Die Datenbank hat keine Tabellen; eine Agent-Factory-Datenbank hat %n Tabelle: %1.</numerusform>
            <numerusform>Die Datenbank hat keine Tabellen; eine Agent-Factory-Datenbank hat diese %n Tabellen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the database&apos;s tables (%1) is one of the %n an Agent Factory database has: %2.</source>
        <translation>
            <numerusform>Keine der Tabellen der Datenbank (%1) ist die %n Tabelle einer Agent-Factory-Datenbank: %2.</numerusform>
            <numerusform>Keine der Tabellen der Datenbank (%1) gehört zu den %n Tabellen einer Agent-Factory-Datenbank: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>&amp;Enable Writes…</source>
        <translation>&amp;Schreibzugriff aktivieren…</translation>
    </message>
    <message>
        <source>Enable Writes on Production</source>
        <translation>Schreibzugriff auf Produktion aktivieren</translation>
    </message>
    <message>
        <source>e.g. INC-1234: restore the quota of Acme</source>
        <translation>z. B. INC-1234: Kontingent von Acme wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change you save while writes are enabled records this reason in its audit row.</source>
        <translation>Jede Änderung, die Sie bei aktiviertem Schreibzugriff speichern, vermerkt diese Begründung in ihrem Prüfprotokolleintrag.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Enable Writes</source>
        <translation>&amp;Schreibzugriff aktivieren</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 — shared data: take care</source>
        <translation>%1 — gemeinsam genutzte Daten: Vorsicht</translation>
    </message>
    <message>
        <source>%1 — writes enabled until %2: %3</source>
        <translation>%1 — Schreibzugriff aktiviert bis %2: %3</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Disable Writes</source>
        <translation>&amp;Schreibzugriff deaktivieren</translation>
    </message>
</context>
<context>
    <name>ExecutionsPanel</name>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Failing most</source>
        <translation>Häufigste Fehlschläge</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Last failed (UTC)</source>
        <translation>Zuletzt fehlgeschlagen (UTC)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Click a row for that resource&apos;s failed executions in the range</source>
        <translation>Klicken Sie auf eine Zeile, um die fehlgeschlagenen Ausführungen dieser Ressource im Zeitraum anzuzeigen</translation>
    </message>
    <message>
        <source>%1 executions, %2 failed of %3 finished: failure rate %4 %</source>
        <translation>%1 Ausführungen, %2 von %3 abgeschlossenen fehlgeschlagen: Fehlerquote %4 %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>No executions in this range</source>
        <translation>Keine Ausführungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 executions, %2</source>
        <translation>Ausführungen (%1), %2</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>Ressource: %1</translation>
    </message>
    <message>
        <source>Failed runs of %1</source>
        <translation>Fehlgeschlagene Ausführungen von %1</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Ausführungen von %1</translation>
    </message>
    <message>
        <source>p50 (s)</source>
        <translation>p50 (s)</translation>
    </message>
    <message>
        <source>p95 (s)</source>
        <translation>p95 (s)</translation>
    </message>
    <message>
        <source>No finished runs</source>
        <translation>Keine abgeschlossenen Ausführungen</translation>
    </message>
    <message>
        <source>Execution time per resource</source>
        <translation>Ausführungsdauer pro Ressource</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: afadmin-cli export --database-url URL --table TABLE [--where COLUMN=VALUE ...] [--format csv|json|jsonl] [--output FILE]</source>
        <translation>Aufruf: afadmin-cli export --database-url URL --table TABELLE [--where SPALTE=WERT ...] [--format csv|json|jsonl] [--output DATEI]</translation>
    </message>
    <message>
        <source>Writes the rows of one table, in primary-key order, as CSV (RFC 4180, UTF-8, CRLF line ends, a header row), JSON (one array of objects) or JSON Lines (one object per line). Rows are read page by page and written as they arrive, so any table size takes little memory. Password and API key hashes are never exported.

--where keeps the rows whose COLUMN equals VALUE (repeat it: every condition must hold). Text compares ignoring case, ids, foreign keys, choices and numbers exactly; a true/false column takes true or false; a datetime column takes YYYY-MM-DD HH:MM:SS[.ffffff] (UTC); COLUMN= (no value) keeps empty values. Values are bound, never pasted into SQL.

Without --output the rows go to standard output. With it they are written to a temporary file beside FILE, renamed to FILE when complete: an interrupted export leaves no file. The format defaults to FILE&apos;s extension, else CSV. Progress goes to standard error when it is a terminal. Without --database-url, DATABASE_URL is used.

Exit codes: 0 exported, 1 bad input (an unknown table or column, a value the column cannot take, an output file that cannot be written), 2 bad usage or the database cannot be opened or read, 130 interrupted.</source>
        <translation>Schreibt die Zeilen einer Tabelle in Primärschlüssel-Reihenfolge als CSV (RFC 4180, UTF-8, CRLF-Zeilenenden, eine Kopfzeile), JSON (ein Array von Objekten) oder JSON Lines (ein Objekt pro Zeile). Die Zeilen werden seitenweise gelesen und geschrieben, sobald sie eintreffen, sodass jede Tabellengröße mit wenig Speicher auskommt. Hashes von Passwörtern und API-Schlüsseln werden nie exportiert.

--where behält die Zeilen, deren SPALTE gleich WERT ist (wiederholbar: Jede Bedingung muss erfüllt sein). Text wird ohne Beachtung der Groß-/Kleinschreibung verglichen, IDs, Fremdschlüssel, Auswahlwerte und Zahlen exakt; eine Wahr/Falsch-Spalte akzeptiert true oder false; eine Datum/Uhrzeit-Spalte akzeptiert JJJJ-MM-TT HH:MM:SS[.ffffff] (UTC); SPALTE= (ohne Wert) behält leere Werte. Werte werden gebunden, nie in SQL eingefügt.

Ohne --output gehen die Zeilen auf die Standardausgabe. Mit --output werden sie in eine temporäre Datei neben DATEI geschrieben, die nach Abschluss in DATEI umbenannt wird: Ein abgebrochener Export hinterlässt keine Datei. Das Format richtet sich standardmäßig nach der Endung von DATEI, sonst CSV. Der Fortschritt geht auf die Standardfehlerausgabe, wenn diese ein Terminal ist. Ohne --database-url wird DATABASE_URL verwendet.

Exit-Codes: 0 exportiert, 1 ungültige Eingabe (eine unbekannte Tabelle oder Spalte, ein Wert, den die Spalte nicht aufnehmen kann, eine Ausgabedatei, die nicht geschrieben werden kann), 2 falscher Aufruf oder die Datenbank kann nicht geöffnet oder gelesen werden, 130 abgebrochen.</translation>
    </message>
    <message>
        <source>--where &quot;%1&quot; is not COLUMN=VALUE.</source>
        <translation>--where „%1“ hat nicht die Form SPALTE=WERT.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;.</source>
        <translation>%1 hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; cannot be compared with a value.</source>
        <translation>die Spalte „%1“ kann nicht mit einem Wert verglichen werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not true or false.</source>
        <translation>%1: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a value this column can hold.</source>
        <translation>%1: „%2“ ist kein Wert, den diese Spalte aufnehmen kann.</translation>
    </message>
    <message>
        <source>SQLAlchemy URL of the database (default: the DATABASE_URL environment variable).</source>
        <translation>SQLAlchemy-URL der Datenbank (Standard: die Umgebungsvariable DATABASE_URL).</translation>
    </message>
    <message>
        <source>The table to export.</source>
        <translation>Die zu exportierende Tabelle.</translation>
    </message>
    <message>
        <source>Only rows whose COLUMN equals VALUE (repeatable).</source>
        <translation>Nur Zeilen, deren SPALTE gleich WERT ist (wiederholbar).</translation>
    </message>
    <message>
        <source>csv, json or jsonl (default: from --output, else csv).</source>
        <translation>csv, json oder jsonl (Standard: aus --output, sonst csv).</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>--table is required.</source>
        <translation>--table ist erforderlich.</translation>
    </message>
    <message>
        <source>--format must be csv, json or jsonl.</source>
        <translation>--format muss csv, json oder jsonl sein.</translation>
    </message>
    <message>
        <source>no database given: pass --database-url URL or set DATABASE_URL.</source>
        <translation>keine Datenbank angegeben: Übergeben Sie --database-url URL oder setzen Sie DATABASE_URL.</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;; the tables are: %2.</source>
        <translation>unbekannte Tabelle „%1“; vorhandene Tabellen: %2.</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; does not exist in %2.</source>
        <translation>die Tabelle „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2%3 rows</source>
        <translation>%1 von %2%3 Zeilen</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2 to %3 in %4 ms.</source>
        <translation>%1 Zeilen aus %2 in %4 ms nach %3 exportiert.</translation>
    </message>
    <message>
        <source>interrupted after %1 rows.</source>
        <translation>nach %1 Zeilen abgebrochen.</translation>
    </message>
    <message>
        <source>interrupted; %1 was not written.</source>
        <translation>abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>All rows of %1, in primary-key order.</source>
        <translation>Alle Zeilen von %1, in Primärschlüssel-Reihenfolge.</translation>
    </message>
    <message>
        <source>The rows of %1 that the current filters, search and tenant lens show, in primary-key order.</source>
        <translation>Die Zeilen von %1, die die aktuellen Filter, die Suche und der Mandantenfokus zeigen, in Primärschlüssel-Reihenfolge.</translation>
    </message>
    <message>
        <source>Password and API key hashes are never exported.</source>
        <translation>Hashes von Passwörtern und API-Schlüsseln werden nie exportiert.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>CSV (*.csv);;JSON (*.json);;JSON Lines (*.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>%1 Zeilen geschrieben…</translation>
    </message>
    <message>
        <source>%1 of %2%3 rows written…</source>
        <translation>%1 von %2%3 Zeilen geschrieben…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 in %3 s.</source>
        <translation>%1 Zeilen in %3 s nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Cancelled. %1 was not written.</source>
        <translation>Abgebrochen. %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export failed; nothing was written: %1</source>
        <translation>Export fehlgeschlagen; es wurde nichts geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>CSV (comma-separated, RFC 4180)</source>
        <translation>CSV (kommagetrennt, RFC 4180)</translation>
    </message>
    <message>
        <source>JSON (one array of objects)</source>
        <translation>JSON (ein Array von Objekten)</translation>
    </message>
    <message>
        <source>JSON Lines (one object per line)</source>
        <translation>JSON Lines (ein Objekt pro Zeile)</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Local time; stored in UTC</source>
        <translation>Ortszeit; wird in UTC gespeichert</translation>
    </message>
    <message>
        <source>(set when saved)</source>
        <translation>(wird beim Speichern gesetzt)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search text columns (Ctrl+F)</source>
        <translation>Textspalten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>+ &amp;Filter</source>
        <translation>+ &amp;Filter</translation>
    </message>
    <message>
        <source>Add a filter on a column (Ctrl+Shift+F)</source>
        <translation>Filter für eine Spalte hinzufügen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>Ansi&amp;chten</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Click to remove; right-click to edit</source>
        <translation>Klicken zum Entfernen; Rechtsklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view of %1:</source>
        <translation>Name dieser Ansicht von %1:</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Values separated by commas</source>
        <translation>Werte durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>ForeignKeyEditor</name>
    <message>
        <source>Type to search %1</source>
        <translation>Tippen, um %1 zu durchsuchen</translation>
    </message>
</context>
<context>
    <name>IpAddressText</name>
    <message>
        <source>Type an address or a range, such as %1.</source>
        <translation>Geben Sie eine Adresse oder einen Bereich ein, etwa %1.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address; try %2.</source>
        <translation>„%1“ ist keine IP-Adresse; versuchen Sie %2.</translation>
    </message>
    <message>
        <source>“/%1” is not a prefix length: use /0 to /%2.</source>
        <translation>„/%1“ ist keine Präfixlänge: Verwenden Sie /0 bis /%2.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address or range; try %2.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein Bereich; versuchen Sie %2.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>Invalid JSON at line %1, column %2.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Factory Admin</source>
        <translation>Agent Factory Admin</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Tenant Lens</source>
        <translation>Mandantenfokus</translation>
    </message>
    <message>
        <source> Tenant: </source>
        <translation> Mandant: </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Schema Report…</source>
        <translation>&amp;Schemabericht…</translation>
    </message>
    <message>
        <source>Go to &amp;Tables</source>
        <translation>Zu den &amp;Tabellen</translation>
    </message>
    <message>
        <source>Go to &amp;Rows</source>
        <translation>Zu den &amp;Zeilen</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Agent Factory Admin</source>
        <translation>&amp;Über Agent Factory Admin</translation>
    </message>
    <message>
        <source>About Agent Factory Admin</source>
        <translation>Über Agent Factory Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent Factory Admin&lt;/b&gt;&lt;br&gt;Browse and administer the Agent Factory platform&apos;s database on PostgreSQL or SQLite.</source>
        <translation>&lt;b&gt;Agent Factory Admin&lt;/b&gt;&lt;br&gt;Durchsuchen und verwalten Sie die Datenbank der Agent-Factory-Plattform unter PostgreSQL oder SQLite.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <translation>%1 • %2</translation>
    </message>
    <message>
        <source>%1 — Agent Factory Admin</source>
        <translation>%1 — Agent Factory Admin</translation>
    </message>
    <message>
        <source>⚠ Schema drift: %1</source>
        <translation>⚠ Schemaabweichungen: %1</translation>
    </message>
    <message>
        <source>View → Schema Report lists them</source>
        <translation>Ansicht → Schemabericht listet sie auf</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Demo-Datenbank wird erstellt…</translation>
    </message>
    <message>
        <source>Creating the demo database in %1…</source>
        <translation>Demo-Datenbank wird in %1 erstellt…</translation>
    </message>
    <message>
        <source>The demo database could not be created:
%1</source>
        <translation>Die Demo-Datenbank konnte nicht erstellt werden:
%1</translation>
    </message>
    <message>
        <source>Read-only, no sign-in</source>
        <translation>Nur lesen, ohne Anmeldung</translation>
    </message>
    <message>
        <source>%1 • can write</source>
        <translation>%1 • darf schreiben</translation>
    </message>
    <message>
        <source>%1 • read-only until writes are enabled</source>
        <translation>%1 • schreibgeschützt, bis der Schreibzugriff aktiviert wird</translation>
    </message>
    <message>
        <source>%1 • read-only</source>
        <translation>%1 • schreibgeschützt</translation>
    </message>
    <message>
        <source>Browsing read-only without signing in.</source>
        <translation>Schreibgeschützter Zugriff ohne Anmeldung.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Go To…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>No table shown</source>
        <translation>Keine Tabelle angezeigt</translation>
    </message>
</context>
<context>
    <name>NativeQuery</name>
    <message>
        <source>The connection offers no native handle.</source>
        <translation>Die Verbindung bietet kein natives Handle.</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders for %2 values.</source>
        <translation>Die Anweisung hat %1 Platzhalter für %2 Werte.</translation>
    </message>
    <message>
        <source>PostgreSQL text cannot contain the NUL character.</source>
        <translation>PostgreSQL-Text darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The statement failed without a message.</source>
        <translation>Die Anweisung ist ohne Meldung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>OperatorAuthenticator</name>
    <message>
        <source>Too many failed sign-ins for %1. Try again in %2 seconds.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche für %1. Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator to reactivate it.</source>
        <translation>Das Konto %1 ist deaktiviert. Bitten Sie einen Administrator, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>The account %1 may not use Agent Factory Admin: it needs the &quot;admin&quot; or &quot;support&quot; role, or superuser rights.</source>
        <translation>Das Konto %1 darf Agent Factory Admin nicht verwenden: Es benötigt die Rolle „admin“ oder „support“ oder Superuser-Rechte.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit log, so it was refused. Try again, or reconnect.</source>
        <translation>Die Anmeldung konnte nicht im Prüfprotokoll vermerkt werden und wurde daher abgelehnt. Versuchen Sie es erneut oder verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>The sign-in could not be checked: the database did not answer. Try again, or reconnect.</source>
        <translation>Die Anmeldung konnte nicht geprüft werden: Die Datenbank hat nicht geantwortet. Versuchen Sie es erneut oder verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>Could not reach the database: %1</source>
        <translation>Die Datenbank ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set Password for %1</source>
        <translation>Passwort für %1 festlegen</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters</source>
        <translation>Passwort: mindestens %1 Zeichen verwenden</translation>
    </message>
    <message>
        <source>Password: the two entries differ</source>
        <translation>Passwort: die beiden Eingaben stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>PlanChange</name>
    <message>
        <source>This database has no plans or subscriptions table (an older migration): edit the tenant&apos;s plan in its form instead.</source>
        <translation>Diese Datenbank hat keine Tabelle für Tarife oder Abonnements (eine ältere Migration): Bearbeiten Sie den Tarif stattdessen im Formular des Mandanten.</translation>
    </message>
    <message>
        <source>Billing cycle: choose monthly or yearly.</source>
        <translation>Abrechnungsintervall: monatlich oder jährlich wählen.</translation>
    </message>
    <message>
        <source>Plan: the chosen plan no longer exists.</source>
        <translation>Tarif: Der gewählte Tarif existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Plan: “%1” is not active.</source>
        <translation>Tarif: „%1“ ist nicht aktiv.</translation>
    </message>
    <message>
        <source>The tenant is already on this plan; nothing was saved.</source>
        <translation>Der Mandant hat diesen Tarif bereits; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Moved %1 to the plan “%2”.</source>
        <translation>%1 auf den Tarif „%2“ umgestellt.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Set the tenant&apos;s &amp;quota to the plan&apos;s limits</source>
        <translation>&amp;Kontingent des Mandanten auf die Limits des Tarifs setzen</translation>
    </message>
    <message>
        <source>Change Plan of “%1”</source>
        <translation>Tarif von „%1“ wechseln</translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation>Tarife werden geladen…</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>C&amp;hange Plan</source>
        <translation>Tarif &amp;wechseln</translation>
    </message>
    <message>
        <source>Current plan:</source>
        <translation>Aktueller Tarif:</translation>
    </message>
    <message>
        <source>&amp;New plan:</source>
        <translation>&amp;Neuer Tarif:</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;Abrechnungsintervall:</translation>
    </message>
    <message>
        <source>This database has no plans to choose from.</source>
        <translation>Diese Datenbank enthält keine Tarife zur Auswahl.</translation>
    </message>
    <message>
        <source>You are signed in read-only: the plan cannot be changed.</source>
        <translation>Sie sind nur mit Lesezugriff angemeldet: Der Tarif kann nicht gewechselt werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <source>Plans and subscriptions</source>
        <translation>Tarife und Abonnements</translation>
    </message>
    <message>
        <source>Renewals due in the next 30 days</source>
        <translation>In den nächsten 30 Tagen fällige Verlängerungen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Period ends (UTC)</source>
        <translation>Periodenende (UTC)</translation>
    </message>
    <message>
        <source>Click a row to open the subscription</source>
        <translation>Klicken Sie auf eine Zeile, um das Abonnement zu öffnen</translation>
    </message>
    <message>
        <source>Subscription of %1</source>
        <translation>Abonnement von %1</translation>
    </message>
    <message>
        <source>Renewal of %1</source>
        <translation>Verlängerung von %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Tarif</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No tenants</source>
        <translation>Keine Mandanten</translation>
    </message>
    <message>
        <source>Tenants per plan</source>
        <translation>Mandanten pro Tarif</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Tarif</translation>
    </message>
    <message>
        <source>Tenants without a plan</source>
        <translation>Mandanten ohne Tarif</translation>
    </message>
    <message>
        <source>Tenants on %1</source>
        <translation>Mandanten mit Tarif %1</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Subscriptions by status</source>
        <translation>Abonnements nach Status</translation>
    </message>
    <message>
        <source>%1 subscriptions</source>
        <translation>Abonnements mit Status %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As&amp;k before saving a record</source>
        <translation>Vor dem Speichern eines Datensatzes &amp;nachfragen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>How many rows each read from the database brings; larger pages mean fewer reads while scrolling and more memory.</source>
        <translation>Wie viele Zeilen jeder Lesevorgang aus der Datenbank holt; größere Seiten bedeuten beim Blättern weniger Lesevorgänge und mehr Speicher.</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC (as stored)</source>
        <translation>UTC (wie gespeichert)</translation>
    </message>
    <message>
        <source>Browsing</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Times shown in:</source>
        <translation>&amp;Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Environment colours</source>
        <translation>Farben der Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Development:</source>
        <translation>&amp;Entwicklung:</translation>
    </message>
    <message>
        <source>&amp;Staging:</source>
        <translation>S&amp;taging:</translation>
    </message>
    <message>
        <source>P&amp;roduction:</source>
        <translation>P&amp;roduktion:</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe für %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Agent Factory Admin</source>
        <translation>Agent Factory Admin</translation>
    </message>
</context>
<context>
    <name>QueryWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <source>∞ (limit 0)</source>
        <translation>∞ (Limit 0)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>near</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>over</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Click a row to open the tenant</source>
        <translation>Klicken Sie auf eine Zeile, um den Mandanten zu öffnen</translation>
    </message>
    <message>
        <source>Under 80 %</source>
        <translation>Unter 80 %</translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation>Über 100 %</translation>
    </message>
    <message>
        <source>No tenant has a numeric quota</source>
        <translation>Kein Mandant hat ein numerisches Kontingent</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100 %</translation>
    </message>
</context>
<context>
    <name>QuotaTruthPanel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Quota truth</source>
        <translation>Kontingentabgleich</translation>
    </message>
    <message>
        <source>Recompute Usage…</source>
        <translation>Nutzung neu berechnen…</translation>
    </message>
    <message>
        <source>Set the selected tenant&apos;s usage to the live counts (audited)</source>
        <translation>Nutzung des ausgewählten Mandanten auf die tatsächlichen Zählwerte setzen (wird protokolliert)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Usage says</source>
        <translation>Laut Nutzung</translation>
    </message>
    <message>
        <source>Live rows</source>
        <translation>Tatsächliche Zeilen</translation>
    </message>
    <message>
        <source>Select a tenant to recompute its usage; double-click a row to open the counted rows</source>
        <translation>Wählen Sie einen Mandanten aus, um seine Nutzung neu zu berechnen; doppelklicken Sie auf eine Zeile, um die gezählten Zeilen zu öffnen</translation>
    </message>
    <message>
        <source>Usage of %1 recomputed: %2</source>
        <translation>Nutzung von %1 neu berechnet: %2</translation>
    </message>
    <message>
        <source>Usage of %1 not recomputed: %2</source>
        <translation>Nutzung von %1 nicht neu berechnet: %2</translation>
    </message>
    <message>
        <source>Read-only: sign in as an operator who can write</source>
        <translation>Schreibgeschützt: Melden Sie sich als Operator mit Schreibrecht an</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Recompute the usage of %1 from the live counts?</source>
        <translation>Nutzung von %1 aus den tatsächlichen Zählwerten neu berechnen?</translation>
    </message>
    <message>
        <source>Set the usage of %1 to the live counts?
%2</source>
        <translation>Nutzung von %1 auf die tatsächlichen Zählwerte setzen?
%2</translation>
    </message>
    <message>
        <source>Recompute usage</source>
        <translation>Nutzung neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>Recomputing the usage of %1…</source>
        <translation>Nutzung von %1 wird neu berechnet…</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Usage matches the live counts</source>
        <translation>Nutzung stimmt mit den tatsächlichen Zählwerten überein</translation>
    </message>
    <message>
        <source>Where usage and live counts differ</source>
        <translation>Wo Nutzung und tatsächliche Zählwerte abweichen</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(keine Tabelle)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>De&amp;activate…</source>
        <translation>Deakt&amp;ivieren…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>Issue API &amp;Key…</source>
        <translation>API-Sc&amp;hlüssel ausstellen…</translation>
    </message>
    <message>
        <source>Change Pla&amp;n…</source>
        <translation>&amp;Tarif wechseln…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>You are signed in read-only: nothing was changed.</source>
        <translation>Sie sind nur mit Lesezugriff angemeldet: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Select one user first.</source>
        <translation>Wählen Sie zuerst genau einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Select one tenant first.</source>
        <translation>Wählen Sie zuerst genau einen Mandanten aus.</translation>
    </message>
    <message>
        <source>Select one record to delete.</source>
        <translation>Wählen Sie genau einen Datensatz zum Löschen aus.</translation>
    </message>
    <message>
        <source>Select the records first.</source>
        <translation>Wählen Sie zuerst die Datensätze aus.</translation>
    </message>
    <message>
        <source>Looking at what uses the selection…</source>
        <translation>Es wird geprüft, was die Auswahl verwendet…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n %1</source>
        <translation>
            <numerusform>%n %1</numerusform>
            <numerusform>%n %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still used by %2; it cannot be deleted.</source>
        <translation>%1 wird noch von %2 verwendet und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone; the audit trail keeps a copy of its values.</source>
        <translation>%1 löschen? Dies kann nicht rückgängig gemacht werden; das Prüfprotokoll bewahrt eine Kopie der Werte auf.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Activate %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>Used by %1; those records stay as they are.</source>
        <translation>Verwendet von %1; diese Datensätze bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>Copy of %1 “%2”</source>
        <translation>Kopie von %1 „%2“</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Passwort *</translation>
    </message>
    <message>
        <source>R&amp;epeat password *</source>
        <translation>Passwort &amp;wiederholen *</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>You are signed in read-only: this form cannot be saved.</source>
        <translation>Sie sind nur mit Lesezugriff angemeldet: Dieses Formular kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Key: looking it up in the audit trail…</source>
        <translation>Schlüssel: wird im Prüfprotokoll gesucht…</translation>
    </message>
    <message>
        <source>Key: not issued by afadmin (only its hash is known)</source>
        <translation>Schlüssel: nicht von afadmin ausgestellt (nur sein Hash ist bekannt)</translation>
    </message>
    <message>
        <source>Key: %1 (shown in full only when it was issued)</source>
        <translation>Schlüssel: %1 (vollständig nur bei der Ausstellung angezeigt)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1: use at least %2 characters</source>
        <translation>%1: mindestens %2 Zeichen verwenden</translation>
    </message>
    <message>
        <source>%1: the two entries differ</source>
        <translation>%1: die beiden Eingaben stimmen nicht überein</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reloaded the saved version; your edits were dropped.</source>
        <translation>Gespeicherte Version neu geladen; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Save the changes to this %1?</source>
        <translation>Die Änderungen an diesem Datensatz (%1) speichern?</translation>
    </message>
    <message>
        <source>Create this %1?</source>
        <translation>Diesen Datensatz (%1) erstellen?</translation>
    </message>
</context>
<context>
    <name>RecordTimeline</name>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Wählen Sie einen Eintrag aus, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an email address like name@example.com</source>
        <translation>muss eine E-Mail-Adresse wie name@example.com sein</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and hyphens (e.g. acme-labs)</source>
        <translation>nur Kleinbuchstaben, Ziffern und Bindestriche verwenden (z. B. acme-labs)</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>unerwartetes Zeichen U+%1</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>der Text endet zu früh</translation>
    </message>
    <message>
        <source>JSON error at line %1, column %2: %3</source>
        <translation>JSON-Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>must be a JSON array of strings</source>
        <translation>muss ein JSON-Array aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a JSON object of whole numbers ≥ 0</source>
        <translation>muss ein JSON-Objekt aus ganzen Zahlen ≥ 0 sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number ≥ 0</source>
        <translation>%1 muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;nodes&quot; and &quot;edges&quot; arrays</source>
        <translation>muss ein JSON-Objekt mit den Arrays „nodes“ und „edges“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON array</source>
        <translation>„%1“ muss ein JSON-Array sein</translation>
    </message>
    <message>
        <source>JSON error: a number is too large to read</source>
        <translation>JSON-Fehler: Eine Zahl ist zu groß zum Einlesen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>muss ein Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>already used by another %1</source>
        <translation>ist bereits für einen anderen Datensatz (%1) vergeben</translation>
    </message>
    <message>
        <source>could not be checked against the database</source>
        <translation>konnte nicht mit der Datenbank abgeglichen werden</translation>
    </message>
    <message>
        <source>no %1 with this id</source>
        <translation>%1 mit dieser ID nicht gefunden</translation>
    </message>
    <message>
        <source>the %1 belongs to no tenant</source>
        <translation>%1 gehört zu keinem Mandanten</translation>
    </message>
    <message>
        <source>the %1 belongs to another tenant</source>
        <translation>%1 gehört zu einem anderen Mandanten</translation>
    </message>
    <message>
        <source>%1: no such column in %2</source>
        <translation>%1: keine solche Spalte in %2</translation>
    </message>
    <message>
        <source>must be after %1</source>
        <translation>muss nach %1 liegen</translation>
    </message>
    <message>
        <source>must not be before %1</source>
        <translation>darf nicht vor %1 liegen</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not reach the database; nothing was saved: %1</source>
        <translation>Die Datenbank ist nicht erreichbar; es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>You are signed in read-only: this change was not saved.</source>
        <translation>Sie sind nur mit Lesezugriff angemeldet: Diese Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sign in with an administrator account to make changes.</source>
        <translation>Melden Sie sich mit einem Administratorkonto an, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; nothing was saved. Reconnect and save again: your edits are kept.</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen; es wurde nichts gespeichert. Verbinden Sie sich neu und speichern Sie erneut: Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>A record this %1 refers to no longer exists; nothing was saved.</source>
        <translation>Ein Datensatz, auf den dieser Datensatz (%1) verweist, existiert nicht mehr; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database is busy with another writer; nothing was saved. Try again in a moment.</source>
        <translation>Die Datenbank ist durch einen anderen Schreibvorgang belegt; es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Created %1 %2.</source>
        <translation>%1 %2 erstellt.</translation>
    </message>
    <message>
        <source>%1 cannot be deactivated.</source>
        <translation>Datensätze in %1 können nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>This %1 was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Dieser Datensatz (%1) wurde seit dem Öffnen von jemand anderem gelöscht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else saved this %1 since you opened it; nothing was saved.</source>
        <translation>Jemand anderes hat diesen Datensatz (%1) seit dem Öffnen gespeichert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed %1 of this %2 since you opened it; nothing was saved.</source>
        <translation>Jemand anderes hat seit dem Öffnen dieses Datensatzes (%2) Folgendes geändert: %1; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was saved.</source>
        <translation>Keine Änderungen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 %2.</source>
        <translation>%1 %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 are deactivated, never deleted.</source>
        <translation>Datensätze in %1 werden deaktiviert, nie gelöscht.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>Datensätze in %1 können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>This %1 was already deleted.</source>
        <translation>Dieser Datensatz (%1) wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you opened it; it was not deleted.</source>
        <translation>Jemand anderes hat diesen Datensatz (%1) seit dem Öffnen geändert; er wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This %1 is still used by %2; it was not deleted.</source>
        <translation>Dieser Datensatz (%1) wird noch von %2 verwendet; er wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 %2.</source>
        <translation>%1 %2 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Activated %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz aktiviert.</numerusform>
            <numerusform>%n Datensätze aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz deaktiviert.</numerusform>
            <numerusform>%n Datensätze deaktiviert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Resource quota</source>
        <translation>Ressourcenkontingent</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password hash</source>
        <translation>Passwort-Hash</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Key hash</source>
        <translation>Schlüssel-Hash</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>blueprint</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rezensionen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Projekttyp</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tariftyp</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Monatspreis</translation>
    </message>
    <message>
        <source>Yearly price</source>
        <translation>Jahrespreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodenbeginn</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodenende</translation>
    </message>
    <message>
        <source>Stripe subscription</source>
        <translation>Stripe-Abonnement</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Stripe-Kunde</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Nutzungsdatensätze</translation>
    </message>
    <message>
        <source>usage record</source>
        <translation>Nutzungsdatensatz</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Billing unit</source>
        <translation>Abrechnungseinheit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>audit log entry</source>
        <translation>Prüfprotokolleintrag</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Identity &amp; Access</source>
        <translation>Identität &amp; Zugriff</translation>
    </message>
    <message>
        <source>Core Resources</source>
        <translation>Kernressourcen</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>Translate as &quot;keep&quot; where nouns keep their capital letter inside a sentence</comment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>SchemaInspector</name>
    <message>
        <source>Cannot read the database&apos;s %1: %2</source>
        <translation>Fehler beim Lesen aus der Datenbank (%1): %2</translation>
    </message>
    <message>
        <source>table list</source>
        <translation>Tabellenliste</translation>
    </message>
    <message>
        <source>columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>indexes of %1</source>
        <translation>Indizes von %1</translation>
    </message>
    <message>
        <source>foreign keys of %1</source>
        <translation>Fremdschlüssel von %1</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>SchemaReportDialog</name>
    <message>
        <source>Schema Report — %1</source>
        <translation>Schemabericht — %1</translation>
    </message>
    <message>
        <source>The database matches the data model.</source>
        <translation>Die Datenbank stimmt mit dem Datenmodell überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the data model; %1 of them are the old migration&apos;s known ones. What is missing is greyed out or left out of the tables.</source>
        <translation>
            <numerusform>%n Abweichung vom Datenmodell; %1 davon sind aus der alten Migration bekannt. Fehlendes ist in den Tabellen ausgegraut oder ausgelassen.</numerusform>
            <numerusform>%n Abweichungen vom Datenmodell; %1 davon sind aus der alten Migration bekannt. Fehlendes ist in den Tabellen ausgegraut oder ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeedCommand</name>
    <message>
        <source>Usage: afadmin-cli seed [--database-url URL] [--audit-logs N] [--executions N] [--usage-records N] [--seed S] [--batch-size B] [--anchor-date YYYY-MM-DD]</source>
        <translation>Aufruf: afadmin-cli seed [--database-url URL] [--audit-logs N] [--executions N] [--usage-records N] [--seed S] [--batch-size B] [--anchor-date JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>Appends N realistic rows to each named table of an existing Agent Factory database (made by afadmin-cli demo, for example), pointing at the tenants, users, agents, workflows and subscriptions already there, spread over the 12 months before the anchor date. PostgreSQL gets the rows through COPY, SQLite through batched multi-row INSERTs; each batch is one transaction. The same database, seed and anchor date always give the same rows. Without --database-url, DATABASE_URL is used.</source>
        <translation>Hängt N realistische Zeilen an jede genannte Tabelle einer bestehenden Agent-Factory-Datenbank an (zum Beispiel einer mit afadmin-cli demo erstellten); sie verweisen auf die dort bereits vorhandenen Mandanten, Benutzer, Agenten, Workflows und Abonnements und verteilen sich über die 12 Monate vor dem Stichtag. PostgreSQL erhält die Zeilen per COPY, SQLite über gebündelte mehrzeilige INSERTs; jeder Stapel ist eine Transaktion. Dieselbe Datenbank, derselbe Startwert und derselbe Stichtag ergeben immer dieselben Zeilen. Ohne --database-url wird DATABASE_URL verwendet.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>The database to fill (SQLAlchemy form); default: DATABASE_URL.</source>
        <translation>Die zu befüllende Datenbank (SQLAlchemy-Form); Standard: DATABASE_URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Rows to add to audit_logs.</source>
        <translation>Anzahl der Zeilen, die zu audit_logs hinzugefügt werden.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rows to add to executions.</source>
        <translation>Anzahl der Zeilen, die zu executions hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Rows to add to usage_records.</source>
        <translation>Anzahl der Zeilen, die zu usage_records hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Zufallsstartwert (Standard: 42).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Rows per transaction (default %1).</source>
        <translation>Zeilen pro Transaktion (Standard: %1).</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Date the rows lead up to, YYYY-MM-DD (default today, UTC).</source>
        <translation>Datum, bis zu dem die Zeilen reichen, JJJJ-MM-TT (Standard: heute, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a whole number of rows.</source>
        <translation>--%1 „%2“ ist keine ganze Zeilenanzahl.</translation>
    </message>
    <message>
        <source>give the rows to add with --audit-logs, --executions or --usage-records.</source>
        <translation>geben Sie die hinzuzufügenden Zeilen mit --audit-logs, --executions oder --usage-records an.</translation>
    </message>
    <message>
        <source>the batch size &quot;%1&quot; is not a whole number from 1 to 2147483647.</source>
        <translation>die Stapelgröße „%1“ ist keine ganze Zahl von 1 bis 2147483647.</translation>
    </message>
    <message>
        <source>give --database-url URL or set DATABASE_URL.</source>
        <translation>geben Sie --database-url URL an oder setzen Sie DATABASE_URL.</translation>
    </message>
    <message>
        <source>%1: %2 / %3 rows (%4 %), %5, ETA %6</source>
        <translation>%1: %2 / %3 Zeilen (%4 %), %5, Restzeit %6</translation>
    </message>
    <message>
        <source>%1 rows were added to %2 before the failure.</source>
        <translation>Vor dem Fehler wurden %1 Zeilen zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Seeded %1 (seed %2, rows in the 12 months before %3) by %4:</source>
        <translation>%1 befüllt (Startwert %2, Zeilen in den 12 Monaten vor %3) per %4:</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is more rows than one run adds (at most %3).</source>
        <translation>--%1 „%2“ sind mehr Zeilen, als ein Lauf hinzufügt (höchstens %3).</translation>
    </message>
</context>
<context>
    <name>SeedReferences</name>
    <message>
        <source>Cannot read tenants: %1</source>
        <translation>Mandanten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read users: %1</source>
        <translation>Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read subscriptions: %1</source>
        <translation>Abonnements können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SeedRows</name>
    <message>
        <source>the database has no tenants for the new rows to belong to.</source>
        <translation>die Datenbank hat keine Mandanten, denen die neuen Zeilen zugeordnet werden können.</translation>
    </message>
    <message>
        <source>the database has no users to write audit events for.</source>
        <translation>die Datenbank hat keine Benutzer, für die Prüfprotokoll-Ereignisse geschrieben werden können.</translation>
    </message>
    <message>
        <source>the database has no agents or workflows with a user in their tenant to run them.</source>
        <translation>die Datenbank hat keine Agenten oder Workflows mit einem Benutzer in ihrem Mandanten, der sie ausführen könnte.</translation>
    </message>
    <message>
        <source>the database has no subscriptions to bill usage to.</source>
        <translation>die Datenbank hat keine Abonnements, denen Nutzung in Rechnung gestellt werden kann.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your Agent Factory account. Administrators can make changes; support staff browse read-only.</source>
        <translation>Melden Sie sich mit Ihrem Agent-Factory-Konto an. Administratoren können Änderungen vornehmen; Support-Mitarbeiter haben nur Lesezugriff.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Read-Only, No Sign-In</source>
        <translation>&amp;Nur lesen, ohne Anmeldung</translation>
    </message>
    <message>
        <source>Browse this local database file without an account; nothing can be changed.</source>
        <translation>Diese lokale Datenbankdatei ohne Konto durchsuchen; es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>%n s warten</numerusform>
            <numerusform>%n s warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteRowWriter</name>
    <message>
        <source>No SQLite connection.</source>
        <translation>Keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>SQLite refused %1: %2</source>
        <translation>SQLite hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>A row has %1 values instead of %2.</source>
        <translation>Eine Zeile hat %1 Werte statt %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the insert: %1</source>
        <translation>Das Einfügen kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot insert: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <source>&amp;Copy as TSV</source>
        <translation>Als TSV &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Referenced Record</source>
        <translation>&amp;Referenzierten Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Add &amp;Filter</source>
        <translation>&amp;Filter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Stop Query</source>
        <translation>Abfrage abbre&amp;chen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Datensatz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Record…</source>
        <translation>Datensatz &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Query stopped: %1</source>
        <translation>Abfrage abgebrochen: %1</translation>
    </message>
    <message>
        <source>Running… %1 has no index: sorting may be slow on a big table (Esc stops it).</source>
        <translation>Läuft… %1 hat keinen Index: Das Sortieren kann bei einer großen Tabelle langsam sein (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>This table differs from the data model; what is missing is left out:
%1</source>
        <translation>Diese Tabelle weicht vom Datenmodell ab; Fehlendes wird ausgelassen:
%1</translation>
    </message>
    <message>
        <source>Tenant lens: %1 — only this tenant&apos;s rows are shown</source>
        <translation>Mandantenfokus: %1 — nur die Zeilen dieses Mandanten werden angezeigt</translation>
    </message>
    <message>
        <source>Tenant lens: %1 — %2 are shared by all tenants and not narrowed</source>
        <translation>Mandantenfokus: %1 — %2 werden von allen Mandanten gemeinsam genutzt und nicht eingeschränkt</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>&amp;Related Records</source>
        <translation>&amp;Verknüpfte Datensätze</translation>
    </message>
    <message>
        <source>Copied the selection as JSON.</source>
        <translation>Auswahl als JSON kopiert.</translation>
    </message>
    <message>
        <source>Copied the selection as TSV.</source>
        <translation>Auswahl als TSV kopiert.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>%1 • counted in %2 ms</source>
        <translation>%1 • gezählt in %2 ms</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>%1 • %2 loaded in %3 ms</source>
        <translation>%1 • %2 geladen in %3 ms</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Saved. Reloading %1…</source>
        <translation>Gespeichert. %1 wird neu geladen…</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>There is no table %1.</source>
        <translation>Es gibt keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The database stopped the export: %1</source>
        <translation>Die Datenbank hat den Export abgebrochen: %1</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 has no %2 column in this database: rows cannot be read in order.</source>
        <translation>%1 hat in dieser Datenbank keine Spalte %2: Die Zeilen können nicht geordnet gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TableSidebar</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimated by PostgreSQL&apos;s planner (pg_class.reltuples)</source>
        <translation>Geschätzt vom Planer von PostgreSQL (pg_class.reltuples)</translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>Exakte Anzahl</translation>
    </message>
</context>
<context>
    <name>TenantLensPicker</name>
    <message>
        <source>Tenant lens: show one tenant&apos;s rows in every table</source>
        <translation>Mandantenfokus: in jeder Tabelle nur die Zeilen eines Mandanten anzeigen</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <source>Usage and cost</source>
        <translation>Nutzung und Kosten</translation>
    </message>
    <message>
        <source>The billing unit whose quantity the chart stacks</source>
        <translation>Die Abrechnungseinheit, deren Menge das Diagramm stapelt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Click a row for its usage records in the range</source>
        <translation>Klicken Sie auf eine Zeile, um die zugehörigen Nutzungsdatensätze im Zeitraum anzuzeigen</translation>
    </message>
    <message>
        <source>Usage records, %1</source>
        <translation>Nutzungsdatensätze, %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No usage in this range</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Tenant is not %1</source>
        <translation>Mandant ist nicht %1</translation>
    </message>
    <message>
        <source>other tenants</source>
        <translation>andere Mandanten</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>Quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>UsageRecompute</name>
    <message>
        <source>This tenant no longer exists; nothing was saved.</source>
        <translation>Dieser Mandant existiert nicht mehr; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not count the tenant&apos;s rows; nothing was saved: %1</source>
        <translation>Die Zeilen des Mandanten konnten nicht gezählt werden; es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Usage: afadmin-cli user (create | set-password) [OPTIONS]</source>
        <translation>Aufruf: afadmin-cli user (create | set-password) [OPTIONEN]</translation>
    </message>
    <message>
        <source>Creates a platform account or sets its password, signed in as an operator with write access (a superuser or a user with the &quot;admin&quot; role). Every change leaves an audit_logs row naming the operator.

  create        a new user of a tenant; prints the new user&apos;s id
  set-password  a new password for an existing user

Run afadmin-cli user create --help or afadmin-cli user set-password --help for the options.</source>
        <translation>Erstellt ein Plattformkonto oder setzt dessen Passwort, angemeldet als Operator mit Schreibzugriff (ein Superuser oder ein Benutzer mit der Rolle „admin“). Jede Änderung hinterlässt eine Zeile in audit_logs, die den Operator nennt.

  create        ein neuer Benutzer eines Mandanten; gibt die ID des neuen Benutzers aus
  set-password  ein neues Passwort für einen bestehenden Benutzer

Die Optionen zeigen afadmin-cli user create --help und afadmin-cli user set-password --help.</translation>
    </message>
    <message>
        <source>The new password is the first line of standard input (--password-stdin; at least %1 characters). The operator&apos;s password comes from the AFADMIN_OPERATOR_PASSWORD environment variable or, without it, is asked for on the terminal. Without --database-url, DATABASE_URL is used.

Exit codes: 0 done, 1 a value was refused (the message names the field), 2 bad usage, no database connection, or the operator may not write.</source>
        <translation>Das neue Passwort ist die erste Zeile der Standardeingabe (--password-stdin; mindestens %1 Zeichen). Das Passwort des Operators stammt aus der Umgebungsvariable AFADMIN_OPERATOR_PASSWORD oder wird, falls diese nicht gesetzt ist, im Terminal abgefragt. Ohne --database-url wird DATABASE_URL verwendet.

Exit-Codes: 0 erledigt, 1 ein Wert wurde abgelehnt (die Meldung nennt das Feld), 2 falscher Aufruf, keine Datenbankverbindung oder der Operator darf nicht schreiben.</translation>
    </message>
    <message>
        <source>Usage: afadmin-cli user create --database-url URL --email E --tenant SLUG [--superuser] [--roles a,b] --password-stdin --operator EMAIL</source>
        <translation>Aufruf: afadmin-cli user create --database-url URL --email E --tenant SLUG [--superuser] [--roles a,b] --password-stdin --operator E-MAIL</translation>
    </message>
    <message>
        <source>Creates a user of the tenant with the given slug and prints the new user&apos;s id.</source>
        <translation>Erstellt einen Benutzer des Mandanten mit dem angegebenen Slug und gibt die ID des neuen Benutzers aus.</translation>
    </message>
    <message>
        <source>Usage: afadmin-cli user set-password --database-url URL --email E --password-stdin --operator EMAIL</source>
        <translation>Aufruf: afadmin-cli user set-password --database-url URL --email E --password-stdin --operator E-MAIL</translation>
    </message>
    <message>
        <source>Sets a new password for the user with the given email (matched ignoring case).</source>
        <translation>Setzt ein neues Passwort für den Benutzer mit der angegebenen E-Mail-Adresse (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>the database could not be read; nothing was changed.</source>
        <translation>die Datenbank konnte nicht gelesen werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>Password: give the new password as the first line of standard input.</source>
        <translation>Passwort: Geben Sie das neue Passwort als erste Zeile der Standardeingabe an.</translation>
    </message>
    <message>
        <source>Password: must be at least %1 characters long.</source>
        <translation>Passwort: muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Password: must be at most %1 bytes long (bcrypt ignores the rest).</source>
        <translation>Passwort: darf höchstens %1 Bytes lang sein (bcrypt ignoriert den Rest).</translation>
    </message>
    <message>
        <source>no terminal to ask the operator&apos;s password on: set AFADMIN_OPERATOR_PASSWORD.</source>
        <translation>kein Terminal zum Abfragen des Operator-Passworts: Setzen Sie AFADMIN_OPERATOR_PASSWORD.</translation>
    </message>
    <message>
        <source>Password of the operator %1: </source>
        <translation>Passwort des Operators %1: </translation>
    </message>
    <message>
        <source>%1: no tenant has the slug &quot;%2&quot;.</source>
        <translation>%1: Kein Mandant hat den Slug „%2“.</translation>
    </message>
    <message>
        <source>%1: already used by another user (in a different case).</source>
        <translation>%1: wird bereits von einem anderen Benutzer verwendet (in anderer Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>the password could not be hashed.</source>
        <translation>das Passwort konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>%1: no user has the email %2.</source>
        <translation>%1: Kein Benutzer hat die E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>%1: several users have this email in different cases; give it exactly.</source>
        <translation>%1: Mehrere Benutzer haben diese E-Mail-Adresse in unterschiedlicher Groß-/Kleinschreibung; geben Sie sie exakt an.</translation>
    </message>
    <message>
        <source>the user could not be read.</source>
        <translation>der Benutzer konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Passwort für %1 geändert.</translation>
    </message>
    <message>
        <source>give create or set-password.</source>
        <translation>geben Sie create oder set-password an.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; give create or set-password.</source>
        <translation>unbekannte Aktion „%1“; geben Sie create oder set-password an.</translation>
    </message>
    <message>
        <source>The database (SQLAlchemy form); default: DATABASE_URL.</source>
        <translation>Die Datenbank (SQLAlchemy-Form); Standard: DATABASE_URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>The slug of the user&apos;s tenant.</source>
        <translation>Der Slug des Mandanten des Benutzers.</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>Make the user a superuser.</source>
        <translation>Den Benutzer zum Superuser machen.</translation>
    </message>
    <message>
        <source>The user&apos;s roles, separated by commas.</source>
        <translation>Die Rollen des Benutzers, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>Read the new password from the first line of standard input.</source>
        <translation>Das neue Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The email of the operator making the change.</source>
        <translation>Die E-Mail-Adresse des Operators, der die Änderung vornimmt.</translation>
    </message>
    <message>
        <source>give the user&apos;s email with --email.</source>
        <translation>geben Sie die E-Mail-Adresse des Benutzers mit --email an.</translation>
    </message>
    <message>
        <source>give the user&apos;s tenant with --tenant SLUG.</source>
        <translation>geben Sie den Mandanten des Benutzers mit --tenant SLUG an.</translation>
    </message>
    <message>
        <source>give the new password on standard input with --password-stdin.</source>
        <translation>geben Sie das neue Passwort mit --password-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>name the operator making the change with --operator EMAIL.</source>
        <translation>nennen Sie den Operator, der die Änderung vornimmt, mit --operator E-MAIL.</translation>
    </message>
    <message>
        <source>give --database-url URL or set DATABASE_URL.</source>
        <translation>geben Sie --database-url URL an oder setzen Sie DATABASE_URL.</translation>
    </message>
    <message>
        <source>the operator %1 may only read; changing users needs a superuser or the &quot;admin&quot; role.</source>
        <translation>der Operator %1 darf nur lesen; zum Ändern von Benutzern ist ein Superuser oder die Rolle „admin“ erforderlich.</translation>
    </message>
    <message>
        <source>%1 holds a NUL character, which no email or slug has.</source>
        <translation>%1 enthält ein NUL-Zeichen, das keine E-Mail-Adresse und kein Slug enthält.</translation>
    </message>
</context>
<context>
    <name>WindowedTableModel</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>Reached by a jump: the rows are real, their position is estimated.</source>
        <translation>Per Sprung erreicht: Die Zeilen sind echt, ihre Position ist geschätzt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
