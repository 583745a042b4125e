"""What each kind of desk may do on a shared server, table by table: the one place where it is
written. `app.db.pg_roles.apply_grants` gives these rights to the kinds' roles (column grants and
row-security policies), the user guide shows the same table in French (`guide_rows`, checked by
tests/test_roles_matrix.py) and tests/test_roles_server.py tries every cell with each kind's own
login.

A cell is a `Grant`: which columns (all, all but `hidden`, or only `columns`) and which rows
(`rows`, one of the rules below). A verb that is not in a kind's cell is refused.
"""

from dataclasses import dataclass

OFFICE, RECEPTION, TILL = "office", "reception", "till"
KINDS = (OFFICE, RECEPTION, TILL)
SELECT, INSERT, UPDATE, DELETE = "SELECT", "INSERT", "UPDATE", "DELETE"
VERBS = (SELECT, INSERT, UPDATE, DELETE)

# Row rules.
EVERY_ROW = "every row"
OWN_RECENT = "own recent"  # rows this very login recorded less than UNDO_MINUTES ago
OWN = "own"  # rows this very login recorded (within OWN_HOURS)
NOT_SECRET = "not secret"  # settings other than SECRET_SETTINGS
ANONYMOUS = "anonymous"  # rows without a person

UNDO_MINUTES = 10
OWN_HOURS = 24
# Settings only an office desk reads: the key that signs this site's statistics and the keys of
# other sites pinned at their first package (app.services.site_keys).
SECRET_SETTINGS = ("site_signing_key", "pinned_site_keys")


@dataclass(frozen=True)
class Grant:
    """One verb on one table for one kind of desk."""

    rows: str = EVERY_ROW
    hidden: tuple[str, ...] = ()  # SELECT: every column but these
    columns: tuple[str, ...] = ()  # UPDATE: only these columns (empty: all)


ALL = Grant()
_EVERYTHING = {verb: ALL for verb in VERBS}
_READ = {SELECT: ALL}

# What a till never reads of a visit or a referral: who the person is, what they said, how the
# follow-up went.
TILL_HIDDEN_VISIT = ("person_id", "note", "themes", "outcome", "gender", "age_band", "commune")
TILL_HIDDEN_REFERRAL = ("reason", "themes", "status_reason")
SIGN_IN_COUNTERS = ("failed_attempts", "locked_until")
# Printing a quick referral's receipt marks that referral « envoyée » (app.services.referrals).
RECEIPT_COLUMNS = ("visit_id", "sheet_printed_at", "status", "status_changed_at", "version")

ROLE_TABLE: dict[str, dict[str, dict[str, Grant]]] = {
    "alembic_version": {OFFICE: _READ, RECEPTION: _READ, TILL: _READ},
    "site": {OFFICE: _EVERYTHING, RECEPTION: _READ, TILL: _READ},
    "agent": {
        OFFICE: _EVERYTHING,
        RECEPTION: {SELECT: ALL, UPDATE: Grant(columns=SIGN_IN_COUNTERS)},
        TILL: {SELECT: ALL, UPDATE: Grant(columns=SIGN_IN_COUNTERS)},
    },
    "setting": {
        OFFICE: _EVERYTHING,
        RECEPTION: {verb: Grant(rows=NOT_SECRET) for verb in (SELECT, INSERT, UPDATE)},
        TILL: {SELECT: Grant(rows=NOT_SECRET)},
    },
    # entries are written by the server's function only (app.db.pg_roles.audit_on_server);
    # the office reads them and removes the old ones
    "audit_entry": {OFFICE: {SELECT: ALL, DELETE: ALL}, RECEPTION: {}, TILL: {}},
    "organization": {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: _READ},
    "service": {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: _READ},
    "service_closure": {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: _READ},
    "till_button": {OFFICE: _EVERYTHING, RECEPTION: _READ, TILL: _READ},
    "person": {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: {}},
    "person_search": {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: {}},
    "visit": {
        OFFICE: _EVERYTHING,
        RECEPTION: _EVERYTHING,
        TILL: {
            SELECT: Grant(hidden=TILL_HIDDEN_VISIT),
            INSERT: Grant(rows=ANONYMOUS),
            DELETE: Grant(rows=OWN_RECENT),
        },
    },
    "donation": {
        OFFICE: _EVERYTHING,
        RECEPTION: _EVERYTHING,
        TILL: {SELECT: ALL, INSERT: ALL, DELETE: Grant(rows=OWN_RECENT)},
    },
    "referral": {
        OFFICE: _EVERYTHING,
        RECEPTION: _EVERYTHING,
        TILL: {
            SELECT: Grant(hidden=TILL_HIDDEN_REFERRAL),
            INSERT: Grant(rows=ANONYMOUS),
            UPDATE: Grant(rows=OWN, columns=RECEIPT_COLUMNS),
        },
    },
    "referral_event": {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: {INSERT: ALL}},
}
# The agenda (motifs, opening slots, absences, closures, sessions, bookings and their events):
# the office's and the reception's to read and write; the till has none of it.
AGENDA_TABLES = ("appointment_motif", "opening_slot", "agent_absence", "place_closure",
                 "appointment_session", "appointment", "appointment_event")  # fmt: skip
ROLE_TABLE.update(
    {table: {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: {}} for table in AGENDA_TABLES}
)
# A table not listed (a later migration's) is the office's and the reception's, never the till's.
_OTHER_TABLE = {OFFICE: _EVERYTHING, RECEPTION: _EVERYTHING, TILL: {}}
# Tables whose rows a kind may change only when it recorded them itself (stamped on the server).
STAMPED_TABLES = tuple(
    table
    for table, kinds in ROLE_TABLE.items()
    if any(g.rows in (OWN, OWN_RECENT) for grants in kinds.values() for g in grants.values())
)


def grants_of(table: str, kind: str) -> dict[str, Grant]:
    """verb → Grant of `kind` on `table` (a verb left out is refused)."""
    return ROLE_TABLE.get(table, _OTHER_TABLE)[kind]


def stamping_kinds(table: str) -> tuple[str, ...]:
    """Kinds whose rows of `table` are stamped with their login when inserted."""
    return tuple(
        kind
        for kind, grants in ROLE_TABLE.get(table, {}).items()
        if any(grant.rows in (OWN, OWN_RECENT) for grant in grants.values())
    )


# --- the user guide's table (docs/guide/partage.md) ----------------------------------------------
_FRENCH_VERBS = {SELECT: "lire", INSERT: "ajouter", UPDATE: "modifier", DELETE: "supprimer"}
_FRENCH_ROWS = {
    OWN_RECENT: f"les siens des {UNDO_MINUTES} dernières minutes",
    OWN: "les siens",
    NOT_SECRET: "sauf les clés des statistiques",
    ANONYMOUS: "sans personne",
}


def french_cell(grants: dict[str, Grant]) -> str:
    """One cell of the guide's table, in French: « lire, ajouter (sans personne) » or « non »."""
    words = []
    for verb in VERBS:
        grant = grants.get(verb)
        if grant is None:
            continue
        details = []
        if grant.rows != EVERY_ROW:
            details.append(_FRENCH_ROWS[grant.rows])
        if grant.hidden:
            details.append("sauf " + ", ".join(f"`{c}`" for c in grant.hidden))
        if grant.columns:
            details.append("seulement " + ", ".join(f"`{c}`" for c in grant.columns))
        words.append(_FRENCH_VERBS[verb] + (f" ({' ; '.join(details)})" if details else ""))
    return ", ".join(words) or "non"


def guide_rows() -> list[str]:
    """The guide's table, line by line: table | bureau | accueil | caisse."""
    lines = [
        "| table | bureau (`office`) | accueil (`reception`) | caisse (`till`) |",
        "|---|---|---|---|",
    ]
    for table in ROLE_TABLE:
        cells = [french_cell(grants_of(table, kind)) for kind in KINDS]
        lines.append(f"| `{table}` | " + " | ".join(cells) + " |")
    return lines


if __name__ == "__main__":  # the table to paste in docs/guide/partage.md
    print("\n".join(guide_rows()))
