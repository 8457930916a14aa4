"""Alembic migration environment, run from code at start-up (see kempen_desktop.db.migrate)."""
