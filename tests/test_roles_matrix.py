"""The table of what each role can do, in the user guide, matches ROLE_PERMISSIONS."""

import re
from pathlib import Path

from app.permissions import ROLE_PERMISSIONS, Permission

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guide" / "confiance.md"
ROW = re.compile(
    r"^\|[^|]+\|\s*`([a-z-]+)`\s*\|\s*(oui|non)\s*\|\s*(oui|non)\s*\|\s*(oui|non)\s*\|$"
)


def _table() -> dict[str, tuple[bool, bool, bool]]:
    rows = {}
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line.strip())
        if match:
            code, *answers = match.groups()
            assert code not in rows, f"{code} is twice in the guide"
            rows[code] = tuple(answer == "oui" for answer in answers)
    return rows


def test_every_permission_is_in_the_guide_table():
    assert set(_table()) == {permission.value for permission in Permission}


def test_the_guide_table_matches_the_roles():
    for code, (volunteer, agent, coordinator) in _table().items():
        permission = Permission(code)
        assert (permission in ROLE_PERMISSIONS["volunteer"]) == volunteer, code
        assert (permission in ROLE_PERMISSIONS["agent"]) == agent, code
        assert (permission in ROLE_PERMISSIONS["coordinator"]) == coordinator, code
