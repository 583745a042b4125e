"""Calendar arithmetic for retention periods, in Europe/Paris months."""

from datetime import datetime

from app.clock import LOCAL_TZ, to_local, to_utc


def months_before(moment: datetime, months: int) -> datetime:
    """The same local day and time `months` calendar months earlier (clamped to month end)."""
    local = to_local(moment)
    total = local.year * 12 + (local.month - 1) - max(0, months)
    year, month = divmod(total, 12)
    month += 1
    for day in (local.day, 30, 29, 28):
        try:
            earlier = local.replace(year=year, month=month, day=day, tzinfo=None)
            break
        except ValueError:
            continue
    return to_utc(earlier.replace(tzinfo=LOCAL_TZ))
