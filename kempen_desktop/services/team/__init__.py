"""Team mode on PostgreSQL: roles and access (access.py: `kempen team init`, `team user add`)
and working copies for offline meetings (checkout, checkin, decide, working_copy)."""
