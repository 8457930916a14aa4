"""Alembic environment: always runs on a connection handed in by kempen_desktop.db.migrate."""

from alembic import context

from kempen_desktop.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
