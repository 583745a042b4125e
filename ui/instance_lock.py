"""One running Aiguillage per database on this computer (a lock file)."""

from pathlib import Path

from PySide6.QtCore import QLockFile

from app.db.target import DatabaseTarget, as_target


def acquire_instance_lock(target: DatabaseTarget | Path) -> QLockFile | None:
    """Hold the lock of this database; None if another Aiguillage already holds it.

    A lock left by a crashed app (its process is gone) is taken over.
    """
    lock_path = as_target(target).lock_path()
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the database opening gives the clear message about the folder
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    return lock  # lock file not writable (read-only folder): the opening will say so
