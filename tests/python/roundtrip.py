#!/usr/bin/python3
"""The platform's SQLAlchemy 1.4 and afadmin on the same database, both ways.

  createall  SQLAlchemy's create_all makes a fresh database; afadmin-cli check-schema must find
             no drift there, and the schema the app's own DDL makes (afadmin-cli demo) must
             reflect exactly like create_all's.
  readdemo   afadmin-cli demo fills a database; the ORM reads every row of every table and
             checks each value's Python type, the seeded passwords, foreign keys and choices,
             then writes rows of its own and reads them back.
  readseed   afadmin-cli seed appends thousands of rows to a demo; the ORM reads every row of
             every table again with the same checks, and the counts grew by what was asked.

Run with Debian's /usr/bin/python3 (python3-sqlalchemy, python3-bcrypt, python3-psycopg2).
PostgreSQL databases are created on the server at AFADMIN_TEST_PG_URL and dropped afterwards;
without that variable the postgresql backend fails, it never skips.
"""
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import argparse
import os
import shutil
import subprocess
import tempfile
import uuid

from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.engine import make_url

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sqlalchemy_models as models  # noqa: E402
from roundtrip_checks import Failure, check_demo_rows, check_orm_write  # noqa: E402

CLI_TIMEOUT_SECONDS = 300


class Databases:
    """Fresh databases for one run: files in the scratch dir, or PostgreSQL databases of
    our own on the admin server, dropped by close()."""

    def __init__(self, backend, scratch):
        self.backend = backend
        self.scratch = scratch
        self.created = []
        self.admin_url = None
        if backend == "postgresql":
            admin = os.environ.get("AFADMIN_TEST_PG_URL", "")
            if not admin:
                raise Failure("AFADMIN_TEST_PG_URL is not set: run the PostgreSQL tests through "
                              "scripts/test, which starts a server for them")
            self.admin_url = make_url(admin)

    def _admin(self, sql):
        import psycopg2
        url = self.admin_url
        conn = psycopg2.connect(host=url.host, port=url.port, user=url.username,
                                password=url.password, dbname=url.database or "postgres")
        try:
            conn.autocommit = True  # CREATE/DROP DATABASE cannot run inside a transaction
            with conn.cursor() as cur:
                cur.execute(sql)
        finally:
            conn.close()

    def new(self, label):
        """A URL (SQLAlchemy syntax, which afadmin-cli reads too) of a fresh, empty database."""
        if self.backend == "sqlite":
            path = os.path.join(self.scratch, label + ".db")
            if os.path.exists(path):
                os.remove(path)
            return "sqlite:///" + path
        name = "afadmin_rt_%s_%s" % (label, uuid.uuid4().hex[:12])
        self._admin('CREATE DATABASE "%s"' % name)
        self.created.append(name)
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    @staticmethod
    def sqlite_path(url):
        return make_url(url).database

    def close(self):
        for name in self.created:
            try:
                self._admin('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)
            except Exception as error:  # a leftover database must not hide the real result
                print("warning: could not drop %s: %s" % (name, error), file=sys.stderr)


def run_cli(cli, args, expected_code=0):
    command = [cli] + args
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=CLI_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise Failure("%s did not finish within %d s" % (" ".join(command), CLI_TIMEOUT_SECONDS))
    if result.returncode != expected_code:
        raise Failure("%s exited with %d, expected %d\n--- stdout:\n%s--- stderr:\n%s"
                      % (" ".join(command), result.returncode, expected_code, result.stdout, result.stderr))
    return result


def make_demo(args, dbs, label):
    url = dbs.new(label)
    if args.backend == "sqlite":
        run_cli(args.cli, ["demo", "--output", dbs.sqlite_path(url)])
    else:
        run_cli(args.cli, ["demo", "--database-url", url])
    return url


# What reflection says about a type, by class name, so both sides can be named in one word.
LOGICAL_TYPES = {
    "VARCHAR": "String", "TEXT": "Text", "INTEGER": "Integer", "FLOAT": "Float", "REAL": "Float",
    "DOUBLE_PRECISION": "Float", "DOUBLE": "Float", "BOOLEAN": "Boolean", "JSON": "JSON",
    "JSONB": "JSON", "DATETIME": "DateTime", "TIMESTAMP": "DateTime",
}


def snapshot(url):
    """The schema as sqlalchemy.inspect reflects it: everything the platform's code relies on."""
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        tables = {}
        for table in sorted(insp.get_table_names()):
            columns = {}
            for col in insp.get_columns(table):
                type_name = type(col["type"]).__name__
                columns[col["name"]] = {
                    "type": LOGICAL_TYPES.get(type_name, type_name),
                    # repr keeps what the class name hides: VARCHAR length, TIMESTAMP time zone.
                    "declared": repr(col["type"]),
                    "nullable": col["nullable"],
                    "default": col.get("default"),
                    "autoincrement": col.get("autoincrement"),
                }
            foreign_keys = sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]),
                 repr(sorted(fk.get("options", {}).items())))
                for fk in insp.get_foreign_keys(table))
            indexes = sorted((ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                             for ix in insp.get_indexes(table))
            uniques = sorted((uc["name"] or "", tuple(uc["column_names"]))
                             for uc in insp.get_unique_constraints(table))
            tables[table] = {
                "columns": columns,
                "column order": [c["name"] for c in insp.get_columns(table)],
                "primary key": insp.get_pk_constraint(table)["constrained_columns"],
                "foreign keys": foreign_keys,
                "indexes": indexes,
                "unique constraints": uniques,
            }
        return tables
    finally:
        engine.dispose()


def compare_snapshots(expected, actual):
    differences = []
    for table in sorted(set(expected) | set(actual)):
        if table not in actual:
            differences.append("%s: missing from the app's schema" % table)
            continue
        if table not in expected:
            differences.append("%s: a table create_all does not make" % table)
            continue
        want, got = expected[table], actual[table]
        for column in sorted(set(want["columns"]) | set(got["columns"])):
            w, g = want["columns"].get(column), got["columns"].get(column)
            if w is None or g is None:
                differences.append("%s.%s: only in %s" % (table, column, "create_all" if g is None else "the app"))
                continue
            for key in sorted(w):
                if w[key] != g[key]:
                    differences.append("%s.%s %s: create_all %r, app %r" % (table, column, key, w[key], g[key]))
        for key in ("primary key", "foreign keys", "indexes", "unique constraints"):
            if want[key] != got[key]:
                differences.append("%s %s: create_all %r, app %r" % (table, key, want[key], got[key]))
    return differences


def check_model_types(snap):
    """create_all's reflection against the models themselves: guards the normalisation above."""
    for table in models.Base.metadata.sorted_tables:
        for column in table.columns:
            got = snap[table.name]["columns"][column.name]["type"]
            if got != type(column.type).__name__:
                raise Failure("%s.%s reflects as %s, the model declares %s"
                              % (table.name, column.name, got, type(column.type).__name__))


def run_createall(args, dbs):
    url = dbs.new("createall")
    engine = create_engine(url)
    models.Base.metadata.create_all(engine)
    engine.dispose()

    result = run_cli(args.cli, ["check-schema", "--database-url", url], expected_code=0)
    if result.stdout != "":
        raise Failure("check-schema found drift in a database create_all made:\n" + result.stdout)
    print("check-schema on create_all's schema: exit 0, no output")

    expected = snapshot(url)
    check_model_types(expected)
    if sorted(expected) != sorted(models.Base.metadata.tables):
        raise Failure("create_all made tables %s" % sorted(expected))

    app_url = make_demo(args, dbs, "appddl")
    differences = compare_snapshots(expected, snapshot(app_url))
    if differences:
        raise Failure("the app's DDL differs from create_all's (%d difference(s)):\n  %s"
                      % (len(differences), "\n  ".join(differences)))
    columns = sum(len(t["columns"]) for t in expected.values())
    indexes = sum(len(t["indexes"]) for t in expected.values())
    print("app DDL == create_all: %d tables, %d columns, %d indexes" % (len(expected), columns, indexes))


def run_readdemo(args, dbs):
    url = make_demo(args, dbs, "demo")
    engine = create_engine(url)
    try:
        sqlite_path = dbs.sqlite_path(url) if args.backend == "sqlite" else None
        counts = check_demo_rows(engine, sqlite_path)
        for table in sorted(counts):
            print("  %-14s %5d rows" % (table, counts[table]))
        print("read %d rows in %d tables through the ORM" % (sum(counts.values()), len(counts)))
        check_orm_write(engine, sqlite_path)
        print("ORM write and read-back: ok")
    finally:
        engine.dispose()


SEED_ROWS = {"audit_logs": 3000, "executions": 1000, "usage_records": 1000}


def run_readseed(args, dbs):
    url = make_demo(args, dbs, "seed")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            before = {t: conn.execute(select(func.count()).select_from(models.Base.metadata.tables[t])).scalar()
                      for t in SEED_ROWS}
        run_cli(args.cli, ["seed", "--database-url", url, "--batch-size", "700"]
                + [arg for table, rows in SEED_ROWS.items() for arg in ("--" + table.replace("_", "-"), str(rows))])
        sqlite_path = dbs.sqlite_path(url) if args.backend == "sqlite" else None
        counts = check_demo_rows(engine, sqlite_path)
        for table, rows in SEED_ROWS.items():
            if counts[table] != before[table] + rows:
                raise Failure("%s: %d rows after seeding %d onto %d" % (table, counts[table], rows, before[table]))
            print("  %-14s %5d rows (%d seeded)" % (table, counts[table], rows))
        print("read %d rows in %d tables through the ORM" % (sum(counts.values()), len(counts)))
    finally:
        engine.dispose()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=["createall", "readdemo", "readseed"])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], required=True)
    parser.add_argument("--cli", required=True, help="path to afadmin-cli")
    parser.add_argument("--scratch", help="directory for SQLite files (default: a temporary one)")
    args = parser.parse_args()
    if not os.access(args.cli, os.X_OK):
        print("FAIL: %s is not an executable afadmin-cli" % args.cli, file=sys.stderr)
        return 1

    own_scratch = args.scratch is None
    scratch = tempfile.mkdtemp(prefix="afadmin-roundtrip-") if own_scratch else os.path.abspath(args.scratch)
    os.makedirs(scratch, exist_ok=True)
    dbs = None
    try:
        dbs = Databases(args.backend, scratch)
        {"createall": run_createall, "readdemo": run_readdemo, "readseed": run_readseed}[args.check](args, dbs)
    except Failure as failure:
        print("FAIL [%s %s]: %s" % (args.check, args.backend, failure), file=sys.stderr)
        return 1
    finally:
        if dbs is not None:
            dbs.close()
        if own_scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    print("PASS [%s %s]" % (args.check, args.backend))
    return 0


if __name__ == "__main__":
    sys.exit(main())
