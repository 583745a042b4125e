"""Where things live on this PC: the data folder and the default database."""

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Aiguillage"
DB_FILENAME = "aiguillage.sqlite"


def data_dir() -> Path:
    """The user data folder, made private (0700) on first use: what the app keeps there (the
    database, the outbox, the log, copies, backups, kept sign-ins) is the user's alone. A folder
    left open by an older version is closed, with what it holds."""
    from app.private_files import OTHERS_READ_WRITE, make_tree_private, private_folder

    folder = user_data_path(APP_NAME, appauthor=False)
    try:
        if folder.is_dir() and folder.stat().st_mode & OTHERS_READ_WRITE:
            make_tree_private(folder)
        return private_folder(folder)
    except OSError:  # not writable here: whoever writes in it says so
        return folder


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "sauvegardes"
