"""The window paints before the database layer is loaded: what `ui.desk` imports to open the
window (the database target, the context, the main window) does not load SQLAlchemy, SQLModel
or psycopg, which cost several hundred milliseconds on an old PC (the models package itself
loads its tables lazily)."""

import subprocess
import sys


def test_opening_the_window_does_not_load_the_database_layer():
    probe = (
        "import sys; import ui.desk, ui.main_window; from app.db.target import as_target; "
        "as_target('aiguillage.sqlite'); "
        "print(','.join(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'psycopg', 'app.db.access')"
        " if m in sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert loaded == ""
