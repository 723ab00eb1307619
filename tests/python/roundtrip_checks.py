"""Row checks for roundtrip.py readdemo: what the platform's Python code gets back from rows
the app wrote, and what the app will find in rows the ORM writes."""
import datetime
import json
import re
import sqlite3
import uuid

import bcrypt
from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, String, Text, func, select
from sqlalchemy.orm import Session

import sqlalchemy_models as models

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
# What SQLAlchemy writes to SQLite, and compares against as text: always six fraction digits.
SQLITE_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$")
# The exact Python type the ORM must hand back for each scalar column type (bool is not int).
SCALAR_TYPES = {String: str, Text: str, Integer: int, Float: float, Boolean: bool}
LIST_OF_STR_COLUMNS = {("users", "roles"), ("users", "permissions"), ("api_keys", "permissions")}
DEMO_LOGINS = [
    ("admin@agentfactory.test", "Admin-Demo-1"),
    ("support@agentfactory.test", "Support-Demo-1"),
    ("ops@acme.test", "Ops-Demo-1"),
]
# Demo data may lie in the past or (expiry dates, billing periods) in the future, but a row
# cannot have been created after now: a local-time "now" (TZ is not UTC under ctest) would be.
CLOCK_SLACK = datetime.timedelta(minutes=5)


class Failure(Exception):
    pass


def mapped_classes():
    return sorted((m.class_ for m in models.Base.registry.mappers), key=lambda c: c.__tablename__)


def check_value(table, column, value):
    where = "%s.%s = %r" % (table, column.name, value)
    has_default = column.default is not None
    if value is None:
        if not column.nullable or has_default:
            raise Failure("%s: NULL where %s" % (where, "the column is required" if not column.nullable
                                                 else "the platform always fills in a default"))
        return
    kind = type(column.type)
    if column.primary_key and table != "audit_logs":
        if type(value) is not str or not UUID4.match(value):
            raise Failure("%s: not a lower-case uuid4 string" % where)
    elif kind in SCALAR_TYPES:
        expected = SCALAR_TYPES[kind]
        if type(value) is not expected:
            raise Failure("%s: %s, expected %s" % (where, type(value).__name__, expected.__name__))
    elif kind is DateTime:
        if type(value) is not datetime.datetime or value.tzinfo is not None:
            raise Failure("%s: expected a naive datetime.datetime" % where)
    elif kind is JSON:
        if (table, column.name) in LIST_OF_STR_COLUMNS:
            if type(value) is not list or not all(type(v) is str for v in value):
                raise Failure("%s: expected a JSON list of strings" % where)
        elif type(value) not in (dict, list):
            raise Failure("%s: %s, expected a JSON object or array" % (where, type(value).__name__))
    else:
        raise Failure("%s: no check for type %s" % (where, kind.__name__))
    choices = models.CHOICES.get((table, column.name))
    if choices is not None and value not in choices:
        raise Failure("%s: not one of %s" % (where, sorted(choices)))


def check_sqlite_storage(path, table, column):
    """What the ORM's readers forgive but SQLAlchemy's own SQL does not: on SQLite the text
    form matters for comparisons, and any non-zero text reads as True."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute('SELECT typeof("%s"), "%s" FROM %s' % (column.name, column.name, table)).fetchall()
    finally:
        conn.close()
    kind = type(column.type)
    for storage, raw in rows:
        where = "%s.%s stored as %s %r" % (table, column.name, storage, raw)
        if storage == "null":
            continue
        if kind is Boolean and (storage != "integer" or raw not in (0, 1)):
            raise Failure("%s: SQLAlchemy stores booleans as integer 0/1" % where)
        if kind is DateTime and (storage != "text" or not SQLITE_DATETIME.match(raw)):
            raise Failure("%s: SQLAlchemy stores 'YYYY-MM-DD HH:MM:SS.ffffff' text" % where)
        if kind is JSON:
            if storage != "text":
                raise Failure("%s: SQLAlchemy stores JSON as text" % where)
            json.loads(raw)
        if kind in (String, Text) and storage != "text":
            raise Failure("%s: expected text" % where)


def check_demo_rows(engine, sqlite_path):
    """Reads every row of every table; returns {table: row count}."""
    counts = {}
    ids = {}
    foreign_values = []
    now = datetime.datetime.utcnow()
    with Session(engine) as session:
        for cls in mapped_classes():
            table = cls.__table__
            rows = session.query(cls).all()
            stored = session.execute(select(func.count()).select_from(table)).scalar()
            if len(rows) != stored or stored == 0:
                raise Failure("%s: the ORM read %d rows, the table holds %d (the demo must fill every table)"
                              % (table.name, len(rows), stored))
            counts[table.name] = stored
            ids[table.name] = {row.id for row in rows}
            for row in rows:
                for column in table.columns:
                    value = getattr(row, column.key)
                    check_value(table.name, column, value)
                    if column.name == "created_at" and value > now + CLOCK_SLACK:
                        raise Failure("%s.created_at = %s is after now (%s UTC): local time instead of UTC?"
                                      % (table.name, value, now))
                    for fk in column.foreign_keys:
                        if value is not None:
                            foreign_values.append((table.name, column.name, value, fk.column.table.name))
                if table.name == "executions":
                    foreign_values.append((table.name, "resource_id", row.resource_id, row.execution_type + "s"))
            if sqlite_path:
                for column in table.columns:
                    check_sqlite_storage(sqlite_path, table.name, column)

        for table, column, value, target in foreign_values:
            if value not in ids.get(target, ()):
                raise Failure("%s.%s = %r: no such row in %s" % (table, column, value, target))

        for email, password in DEMO_LOGINS:
            user = session.query(models.User).filter_by(email=email).one_or_none()
            if user is None:
                raise Failure("demo user %s is missing" % email)
            if not bcrypt.checkpw(password.encode(), user.hashed_password.encode()):
                raise Failure("bcrypt.checkpw rejects %s's demo password (hash %s)" % (email, user.hashed_password))
            if not user.is_active:
                raise Failure("demo user %s is not active" % email)
    return counts


def check_orm_write(engine, sqlite_path):
    """Rows written the way the platform writes them read back whole, next to the app's rows;
    audit_logs.id continues after the app's ids (a PostgreSQL sequence left behind fails here)."""
    tag = uuid.uuid4().hex[:8]
    hashed = bcrypt.hashpw(b"Roundtrip-1", bcrypt.gensalt(rounds=4)).decode()
    with Session(engine) as session:
        max_audit_id = session.execute(select(func.max(models.AuditLog.id))).scalar() or 0
        tenant = models.Tenant(name="Round trip \u2013 M\u00fcller GmbH", slug="roundtrip-" + tag,
                               resource_quota={"agents": 5, "workflows": 2})
        user = models.User(email="roundtrip-%s@example.test" % tag, hashed_password=hashed, tenant=tenant,
                           roles=["admin"], permissions=["agents:read", "agents:write"])
        execution = models.Execution(execution_type="agent", resource_id=models.new_id(), tenant=tenant,
                                     creator=user, output_data=None, execution_time=1.25,
                                     completed_at=datetime.datetime(2024, 2, 1, 12, 30, 0, 123456))
        audit = models.AuditLog(event_type="roundtrip", user=user, action="create", success=False,
                                details={"note": "written by SQLAlchemy"}, ip_address="192.0.2.7")
        session.add_all([tenant, user, execution, audit])
        session.commit()
        keys = (tenant.id, user.id, execution.id, audit.id)

    with Session(engine) as session:
        tenant, user, execution, audit = (session.get(models.Tenant, keys[0]), session.get(models.User, keys[1]),
                                          session.get(models.Execution, keys[2]), session.get(models.AuditLog, keys[3]))
        if None in (tenant, user, execution, audit):
            raise Failure("rows written through the ORM do not read back")
        expected = [
            (tenant.name, "Round trip \u2013 M\u00fcller GmbH"), (tenant.plan, "free"), (tenant.is_active, True),
            (tenant.resource_quota, {"agents": 5, "workflows": 2}), (tenant.usage, {}),
            (user.tenant_id, tenant.id), (user.roles, ["admin"]), (user.is_superuser, False),
            (execution.status, "pending"), (execution.output_data, None), (execution.execution_time, 1.25),
            (execution.completed_at, datetime.datetime(2024, 2, 1, 12, 30, 0, 123456)),
            (audit.success, False), (audit.details, {"note": "written by SQLAlchemy"}), (audit.user_id, user.id),
        ]
        for got, want in expected:
            if got != want or type(got) is not type(want):
                raise Failure("ORM round trip: read back %r, wrote %r" % (got, want))
        if not bcrypt.checkpw(b"Roundtrip-1", user.hashed_password.encode()):
            raise Failure("ORM round trip: the bcrypt hash does not verify after reading back")
        if type(audit.id) is not int or audit.id <= max_audit_id:
            raise Failure("audit_logs.id %r does not follow the demo's largest id %d" % (audit.id, max_audit_id))
        for row in (tenant, user, execution, audit):
            for column in row.__table__.columns:
                check_value(row.__tablename__, column, getattr(row, column.key))
    if sqlite_path:
        for cls in (models.Tenant, models.User, models.Execution, models.AuditLog):
            for column in cls.__table__.columns:
                check_sqlite_storage(sqlite_path, cls.__tablename__, column)
