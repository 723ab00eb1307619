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
  readwrites afadmin-cli user create and set-password write through the app's write path; the
             ORM reads the new user and the audit rows (the change's and the operator's
             sign-ins) back with their Python types, and bcrypt checks the password.
  writeeverytable  the write path (RecordWriter, through the writeeverytable fixture) creates a
             row of each of the 11 writable tables and edits it; the ORM reads every one back
             with its Python types, and each has its admin.create and admin.update audit rows.

Run with Debian's /usr/bin/python3 (python3-sqlalchemy, python3-bcrypt, python3-psycopg2).
PostgreSQL databases are created on the server at AFADMIN_TEST_PG_URL and dropped afterwards;
without that variable the postgresql backend fails, it never skips.
"""
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import argparse
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import uuid

import bcrypt
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sqlalchemy_models as models  # noqa: E402
from roundtrip_checks import (CLOCK_SLACK, Failure, check_demo_rows, check_orm_write, check_sqlite_storage,  # noqa: E402
                              check_value)

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


def run_cli(cli, args, expected_code=0, stdin_text=None, env=None):
    command = [cli] + args
    try:
        # A session of its own: with no controlling terminal afadmin-cli never waits for a
        # password typed there, even when the tests run in a terminal.
        result = subprocess.run(command, capture_output=True, text=True, timeout=CLI_TIMEOUT_SECONDS,
                                input=stdin_text if stdin_text is not None else "", env=env, start_new_session=True)
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


OPERATOR = ("admin@agentfactory.test", "Admin-Demo-1")


def user_cli(args, url, action, options, password, operator_password=OPERATOR[1], expected_code=0):
    env = dict(os.environ, AFADMIN_OPERATOR_PASSWORD=operator_password)
    env.pop("DATABASE_URL", None)
    return run_cli(args.cli, ["user", action, "--database-url", url, "--password-stdin", "--operator", OPERATOR[0]]
                   + options, expected_code, stdin_text=password + "\n", env=env)


def check_write_audit(audit, action, operator_id, user_id):
    """An audit row the write path left for a change to the user, read through the ORM."""
    where = "audit_logs %d (%s)" % (audit.id, audit.event_type)
    expected = [(audit.event_type, "admin." + action), (audit.action, action), (audit.user_id, operator_id),
                (audit.resource_type, "user"), (audit.resource_id, user_id), (audit.success, True)]
    for got, want in expected:
        if got != want or type(got) is not type(want):
            raise Failure("%s: read %r, expected %r" % (where, got, want))
    if type(audit.details) is not dict or audit.details.get("table") != "users":
        raise Failure("%s: details %r is not the write path's object" % (where, audit.details))
    changes = audit.details.get("changes")
    if type(changes) is not dict or changes.get("hashed_password", {}).get("new") != "********":
        raise Failure("%s: the password hash is not masked in %r" % (where, changes))
    if "$2b$" in json.dumps(audit.details):
        raise Failure("%s: a bcrypt hash in the details" % where)
    return changes


def run_readwrites(args, dbs):
    url = make_demo(args, dbs, "writes")
    email, first, second = "round.trip@acme.test", "First-Pass-123", "Second-Pass-456"
    started = datetime.datetime.utcnow() - CLOCK_SLACK
    created = user_cli(args, url, "create", ["--email", email, "--tenant", "acme", "--roles", "admin,viewer"], first)
    user_id = created.stdout.strip()
    user_cli(args, url, "set-password", ["--email", email.upper()], second)
    user_cli(args, url, "set-password", ["--email", email], "Never-Set-789", operator_password="wrong", expected_code=2)
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            user = session.get(models.User, user_id)
            operator = session.query(models.User).filter_by(email=OPERATOR[0]).one()
            if user is None:
                raise Failure("afadmin-cli user create printed %r, and no user has that id" % user_id)
            for column in user.__table__.columns:
                check_value("users", column, getattr(user, column.key))
            expected = [(user.email, email), (user.tenant.slug, "acme"), (user.roles, ["admin", "viewer"]),
                        (user.permissions, []), (user.is_active, True), (user.is_superuser, False)]
            for got, want in expected:
                if got != want or type(got) is not type(want):
                    raise Failure("users: read back %r, expected %r" % (got, want))
            now = datetime.datetime.utcnow() + CLOCK_SLACK
            if not started <= user.created_at <= user.updated_at <= now:
                raise Failure("users: created_at %s, updated_at %s: not UTC, or out of order" % (user.created_at, user.updated_at))
            if not bcrypt.checkpw(second.encode(), user.hashed_password.encode()):
                raise Failure("bcrypt.checkpw rejects the password set-password wrote (%s)" % user.hashed_password)
            if bcrypt.checkpw(first.encode(), user.hashed_password.encode()):
                raise Failure("the first password still verifies after set-password")

            writes = session.query(models.AuditLog).filter_by(resource_id=user_id).order_by(models.AuditLog.id).all()
            if [a.event_type for a in writes] != ["admin.create", "admin.update"]:
                raise Failure("audit rows for the new user: %r" % [a.event_type for a in writes])
            check_write_audit(writes[0], "create", operator.id, user_id)
            if sorted(check_write_audit(writes[1], "update", operator.id, user_id)) != ["hashed_password"]:
                raise Failure("set-password changed more than the password: %r" % writes[1].details)
            sign_ins = session.query(models.AuditLog).filter(models.AuditLog.event_type == "admin.sign_in",
                                                             models.AuditLog.created_at >= started).all()
            outcomes = sorted((a.success, json.dumps(a.details, sort_keys=True)) for a in sign_ins)
            want = sorted([(True, json.dumps({"email": OPERATOR[0], "access": "write"}, sort_keys=True))] * 2
                          + [(False, json.dumps({"email": OPERATOR[0], "reason": "wrong_password"}, sort_keys=True))])
            if outcomes != want:
                raise Failure("sign-in audit rows: %r, expected %r" % (outcomes, want))
            for audit in writes + sign_ins:
                for column in audit.__table__.columns:
                    check_value("audit_logs", column, getattr(audit, column.key))
                if audit.user_id != operator.id or type(audit.created_at) is not datetime.datetime:
                    raise Failure("audit_logs %d: user %r at %r" % (audit.id, audit.user_id, audit.created_at))
        if args.backend == "sqlite":
            for cls in (models.User, models.AuditLog):
                for column in cls.__table__.columns:
                    check_sqlite_storage(dbs.sqlite_path(url), cls.__tablename__, column)
        print("user create / set-password read back through the ORM: 1 user, %d write and %d sign-in audit rows"
              % (len(writes), len(sign_ins)))
    finally:
        engine.dispose()


def run_writeeverytable(args, dbs):
    url = make_demo(args, dbs, "everytable")
    started = datetime.datetime.utcnow() - CLOCK_SLACK
    try:
        result = subprocess.run([args.writer, url], capture_output=True, text=True, timeout=CLI_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise Failure("writeeverytable did not finish within %d s" % CLI_TIMEOUT_SECONDS)
    if result.returncode != 0:
        raise Failure("writeeverytable exited with %d: %s" % (result.returncode, result.stderr))
    lines = [line.split(" ") for line in result.stdout.split("\n") if line.strip()]
    written = [(parts[0], parts[1]) for parts in lines]
    issued_keys = {parts[1]: parts[2] for parts in lines if parts[0] == "api_keys" and len(parts) > 2}
    if len(issued_keys) != 1:
        raise Failure("writeeverytable issued no API key: %r" % lines)
    classes = {mapper.class_.__tablename__: mapper.class_ for mapper in models.Base.registry.mappers}
    expected_tables = sorted(t for t in models.Base.metadata.tables if t != "audit_logs")
    if sorted(t for t, _ in written) != expected_tables:
        raise Failure("writeeverytable wrote %r, expected every table but audit_logs" % [t for t, _ in written])
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            now = datetime.datetime.utcnow() + CLOCK_SLACK
            for table, row_id in written:
                row = session.get(classes[table], row_id)
                if row is None:
                    raise Failure("%s %s: written, but the ORM finds no such row" % (table, row_id))
                for column in row.__table__.columns:
                    check_value(table, column, getattr(row, column.key))
                created = getattr(row, "created_at", None)
                if created is not None and not started <= created <= now:
                    raise Failure("%s %s: created_at %s is not now in naive UTC" % (table, row_id, created))
                updated = getattr(row, "updated_at", None)
                if updated is not None and not created <= updated <= now:
                    raise Failure("%s %s: updated_at %s is not after created_at %s" % (table, row_id, updated, created))
                audits = session.query(models.AuditLog).filter_by(resource_id=row_id).order_by(models.AuditLog.id).all()
                if [a.event_type for a in audits] != ["admin.create", "admin.update"]:
                    raise Failure("%s %s: audit rows %r" % (table, row_id, [a.event_type for a in audits]))
                for audit in audits:
                    for column in audit.__table__.columns:
                        check_value("audit_logs", column, getattr(audit, column.key))
                    if type(audit.details) is not dict or audit.details.get("table") != table \
                            or audit.details.get("reason") != "SQLAlchemy round trip" or audit.success is not True:
                        raise Failure("%s %s: audit details %r" % (table, row_id, audit.details))
                if table == "api_keys":
                    # The platform checks a presented key against SHA-256 hex; only a hint is kept.
                    key = issued_keys[row_id]
                    if row.key_hash != hashlib.sha256(key.encode("utf-8")).hexdigest():
                        raise Failure("api_keys %s: key_hash %s is not the SHA-256 of the issued key" % (row_id, row.key_hash))
                    hint = audits[0].details.get("key")
                    if hint != "afk_\u2026" + key[-4:] or key[4:] in json.dumps(audits[0].details):
                        raise Failure("api_keys %s: audit hint %r" % (row_id, hint))
        if args.backend == "sqlite":
            for cls in classes.values():
                for column in cls.__table__.columns:
                    check_sqlite_storage(dbs.sqlite_path(url), cls.__tablename__, column)
        print("the write path's rows of %d tables read back through the ORM, each with its audit rows" % len(written))
    finally:
        engine.dispose()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=["createall", "readdemo", "readseed", "readwrites", "writeeverytable"])
    parser.add_argument("--writer", help="path to the writeeverytable fixture (check writeeverytable)")
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
        {"createall": run_createall, "readdemo": run_readdemo, "readseed": run_readseed,
         "readwrites": run_readwrites, "writeeverytable": run_writeeverytable}[args.check](args, dbs)
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
