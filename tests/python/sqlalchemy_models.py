"""The Agent Factory platform's SQLAlchemy 1.4 models, as the Python backend declares them.

Written from the data model (/work/shared/data-model.md) and kept column for column in step
with models/schema.cpp, the app's own description: roundtrip.py compares what create_all makes
from these classes with what the app's DDL makes, so a difference on either side fails a test.
Like the platform, these use Python-side defaults only (no server defaults): whoever inserts a
row fills in ids, timestamps, flags and JSON defaults.
"""
import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, Column, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


def new_id():
    return str(uuid.uuid4())


def id_column():
    return Column(String, primary_key=True, default=new_id)


def created_at():
    return Column(DateTime, default=datetime.utcnow)


def updated_at():
    return Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)


class Tenant(Base):
    __tablename__ = "tenants"
    id = id_column()
    name = Column(String, nullable=False)
    slug = Column(String, nullable=False, unique=True, index=True)
    is_active = Column(Boolean, default=True)
    plan = Column("plan", String, default="free")
    resource_quota = Column(JSON, default=dict)
    usage = Column(JSON, default=dict)
    created_at = created_at()
    updated_at = updated_at()


class User(Base):
    __tablename__ = "users"
    id = id_column()
    email = Column(String, nullable=False, unique=True, index=True)
    hashed_password = Column(String, nullable=False)
    is_active = Column(Boolean, default=True)
    is_superuser = Column(Boolean, default=False)
    tenant_id = Column(String, ForeignKey("tenants.id"))
    roles = Column(JSON, default=list)
    permissions = Column(JSON, default=list)
    created_at = created_at()
    updated_at = updated_at()

    tenant = relationship("Tenant", backref="users")


class APIKey(Base):
    __tablename__ = "api_keys"
    id = id_column()
    key_hash = Column(String, nullable=False, unique=True, index=True)
    name = Column(String, nullable=False)
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    user_id = Column(String, ForeignKey("users.id"))
    permissions = Column(JSON, default=list)
    last_used_at = Column(DateTime)
    expires_at = Column(DateTime)
    is_active = Column(Boolean, default=True)
    created_at = created_at()
    updated_at = updated_at()

    tenant = relationship("Tenant", backref="api_keys")
    user = relationship("User", backref="api_keys")


class Agent(Base):
    __tablename__ = "agents"
    id = id_column()
    name = Column(String, nullable=False)
    instructions = Column(Text)
    model = Column(String, default="gpt-4o")
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    created_by = Column(String, ForeignKey("users.id"))
    created_at = created_at()
    updated_at = updated_at()

    tenant = relationship("Tenant", backref="agents")
    creator = relationship("User", backref="agents")


class Workflow(Base):
    __tablename__ = "workflows"
    id = id_column()
    name = Column(String, nullable=False)
    definition = Column(JSON, default=lambda: {"nodes": [], "edges": []})
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    created_by = Column(String, ForeignKey("users.id"))
    created_at = created_at()
    updated_at = updated_at()

    tenant = relationship("Tenant", backref="workflows")
    creator = relationship("User", backref="workflows")


class Blueprint(Base):
    __tablename__ = "blueprints"
    id = id_column()
    name = Column(String, nullable=False)
    description = Column(Text)
    version = Column(String, default="1.0.0")
    definition = Column(JSON, default=dict)
    pricing_model = Column(String, default="free")
    price = Column(Float, default=0.0)
    publisher_id = Column(String, ForeignKey("users.id"))
    is_public = Column(Boolean, default=False)
    downloads = Column(Integer, default=0)
    rating = Column(Float, default=0.0)
    reviews_count = Column(Integer, default=0)
    created_at = created_at()
    updated_at = updated_at()

    publisher = relationship("User", backref="blueprints")


class Project(Base):
    __tablename__ = "projects"
    id = id_column()
    name = Column(String, nullable=False)
    project_type = Column(String, default="saas_app")
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    created_by = Column(String, ForeignKey("users.id"))
    config = Column(JSON, default=dict)
    is_active = Column(Boolean, default=True)
    created_at = created_at()
    updated_at = updated_at()

    tenant = relationship("Tenant", backref="projects")
    creator = relationship("User", backref="projects")


class Execution(Base):
    __tablename__ = "executions"
    id = id_column()
    execution_type = Column(String, nullable=False)
    resource_id = Column(String, nullable=False)
    status = Column(String, nullable=False, default="pending")
    input_data = Column(JSON, default=dict)
    output_data = Column(JSON)
    error = Column(Text)
    execution_time = Column(Float)
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    created_by = Column(String, ForeignKey("users.id"))
    created_at = created_at()
    completed_at = Column(DateTime)

    tenant = relationship("Tenant", backref="executions")
    creator = relationship("User", backref="executions")


class Plan(Base):
    __tablename__ = "plans"
    id = id_column()
    name = Column(String, nullable=False)
    plan_type = Column(String, nullable=False, default="free")
    price_monthly = Column(Float, default=0.0)
    price_yearly = Column(Float, default=0.0)
    currency = Column(String, default="USD")
    features = Column(JSON, default=dict)
    limits = Column(JSON, default=dict)
    is_active = Column(Boolean, default=True)
    created_at = created_at()
    updated_at = updated_at()


class Subscription(Base):
    __tablename__ = "subscriptions"
    id = id_column()
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    plan_id = Column(String, ForeignKey("plans.id"), nullable=False)
    status = Column(String, nullable=False, default="active")
    billing_cycle = Column(String, default="monthly")
    current_period_start = Column(DateTime)
    current_period_end = Column(DateTime)
    stripe_subscription_id = Column(String)
    stripe_customer_id = Column(String)
    created_at = created_at()
    updated_at = updated_at()

    tenant = relationship("Tenant", backref="subscriptions")
    plan = relationship("Plan", backref="subscriptions")


class UsageRecord(Base):
    __tablename__ = "usage_records"
    id = id_column()
    tenant_id = Column(String, ForeignKey("tenants.id"), nullable=False)
    subscription_id = Column(String, ForeignKey("subscriptions.id"))
    billing_unit = Column(String, nullable=False)
    quantity = Column(Float, nullable=False)
    unit_price = Column(Float, default=0.0)
    total_cost = Column(Float, default=0.0)
    currency = Column(String, default="USD")
    period_start = Column(DateTime)
    period_end = Column(DateTime)
    created_at = created_at()

    tenant = relationship("Tenant", backref="usage_records")
    subscription = relationship("Subscription", backref="usage_records")


class AuditLog(Base):
    __tablename__ = "audit_logs"
    id = Column(Integer, primary_key=True, autoincrement=True)
    event_type = Column(String, nullable=False)
    user_id = Column(String, ForeignKey("users.id"))
    resource_type = Column(String)
    resource_id = Column(String)
    action = Column(String)
    success = Column(Boolean, default=True)
    details = Column(JSON, default=dict)
    ip_address = Column(String)
    created_at = Column(DateTime, default=datetime.utcnow, index=True)

    user = relationship("User", backref="audit_logs")


# Enumerated values the data model lists, as models/schema.cpp gives them as choices.
CHOICES = {
    ("tenants", "plan"): {"free", "pro", "enterprise"},
    ("plans", "plan_type"): {"free", "pro", "enterprise"},
    ("blueprints", "pricing_model"): {"free", "one-time", "subscription"},
    ("projects", "project_type"): {"saas_app", "blueprint_deployment", "internal_tool", "api_integration"},
    ("executions", "execution_type"): {"agent", "workflow"},
    ("executions", "status"): {"pending", "running", "completed", "failed"},
    ("subscriptions", "status"): {"active", "cancelled", "expired"},
    ("subscriptions", "billing_cycle"): {"monthly", "yearly"},
    ("usage_records", "billing_unit"): {"agent_run", "workflow_run", "token", "api_call"},
}
