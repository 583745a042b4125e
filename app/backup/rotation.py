"""Which backups to keep: 7 daily, 4 weekly and 12 monthly; the others are removed (a dump's
counts and the checksums beside them go with them)."""

from datetime import datetime
from pathlib import Path

from app.backup.files import checksum_file, counts_file, list_backups
from app.clock import to_local

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


def backups_to_keep(moments: list[datetime]) -> set[datetime]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have one."""
    newest_first = sorted(moments, reverse=True)
    keep: set[datetime] = set()

    def period_rule(period_of, count: int) -> None:  # type: ignore[no-untyped-def]
        seen: list[object] = []
        for moment in newest_first:
            period = period_of(to_local(moment).date())
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(moment)

    period_rule(lambda day: day, KEEP_DAILY)
    period_rule(lambda day: day.isocalendar()[:2], KEEP_WEEKLY)
    period_rule(lambda day: (day.year, day.month), KEEP_MONTHLY)
    return keep


def rotate_backups(folder: Path) -> list[Path]:
    """Delete the backups that the 7 daily / 4 weekly / 12 monthly rule does not keep."""
    infos = list_backups(folder)
    keep = backups_to_keep([info.made_at for info in infos])
    removed = []
    kept_moments: set[datetime] = set()
    for info in infos:  # newest first: of two backups with the same second, keep one
        if info.made_at in keep and info.made_at not in kept_moments:
            kept_moments.add(info.made_at)
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
            counts_file(info.path).unlink(missing_ok=True)
            checksum_file(info.path).unlink(missing_ok=True)
        except OSError:
            continue
    return removed
