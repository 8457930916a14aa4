"""The newest migration in db/migrations/versions: a database already at this revision opens
without importing Alembic (about 0.2 s of start-up), and the first look at start-up reads
only a file at it (app/first_look.py). tests/test_database.py checks it is the scripts'
head. A module of its own: the start-up path reads it before SQLAlchemy loads."""

SCHEMA_HEAD = "0017"
