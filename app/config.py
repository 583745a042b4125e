"""Where things live on this PC: the data folder and the default database."""

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Aiguillage"
DB_FILENAME = "aiguillage.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "sauvegardes"
