"""The tables of rights in the user guide match the code: what each role can do
(ROLE_PERMISSIONS), and what each kind of desk may do on a shared server (app.db.role_table)."""

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


SHARING_GUIDE = GUIDE.parent / "partage.md"


def test_the_sharing_guide_shows_the_role_table_of_the_code():
    """docs/guide/partage.md carries the desk kinds' table as app.db.role_table writes it
    (`python -m app.db.role_table`)."""
    from app.db.role_table import guide_rows

    lines = [line.strip() for line in SHARING_GUIDE.read_text(encoding="utf-8").splitlines()]
    expected = guide_rows()
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert not lines[start + len(expected)].startswith("|"), "a row the code does not have"
