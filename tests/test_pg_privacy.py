"""The tests of test_privacy.py again, on PostgreSQL (team mode, issue 19): no client data in
the logs of a session on the server either, from its first start (migrations) on
(tests/pg_files.py gives the test's database file an empty server database).

Skipped without PostgreSQL (tests/pg.py); CI requires it.
"""

from tests.pg_files import tmp_path_with_empty_server_databases as tmp_path  # noqa: F401
from tests.test_privacy import *

# the error dialog's details, no database: runs as in test_privacy.py
del test_error_details_show_type_and_stack_but_not_the_message  # noqa: F821
