"""Database roles on a shared server: what each kind of desk may read and write, the desks'
own logins, and the join function that turns a one-time code into a desk's login.

Three group roles follow the kinds of desk (office, reception, till); each desk has a login of
its own, member of its kind's role, made when the coordinator adds the desk and given a password
when the desk joins. The till's role reads the directory and the till's settings and adds till
visits, weighings and quick referrals: it cannot read a person, a visit's note or reasons, a
referral's reason or the audit log, whatever program it connects with.

The grants are applied again after every migration (`apply_grants`), by the owner login, the
only one allowed to change the schema.
"""


import hashlib
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, text

OFFICE, RECEPTION, TILL = "office", "reception", "till"
KINDS = (OFFICE, RECEPTION, TILL)
JOIN_LOGIN = "aiguillage_join"


def join_password(fingerprint: str) -> str:
    """The join login's password, made from the server certificate's fingerprint, which a desk
    pins before joining: the login only calls aiguillage_join(), the one-time code is the
    secret; a new certificate gives a new password."""
    seed = f"aiguillage-join-login:{fingerprint.lower()}".encode()
    return hashlib.sha256(seed).hexdigest()[:32]
SHARING_SCHEMA = "partage"

DML = ("SELECT", "INSERT", "UPDATE", "DELETE")


def group_role(kind: str) -> str:
    return f"aiguillage_{kind}"


# What every kind of desk needs to start, sign in (PIN) and show the directory.
_EVERY_DESK: dict[str, str] = {
    "alembic_version": "SELECT",
    "site": "SELECT",
    "agent": "SELECT, UPDATE (failed_attempts, locked_until)",
    "setting": "SELECT",
    "audit_entry": "INSERT",
    "organization": "SELECT",
    "service": "SELECT",
    "service_closure": "SELECT",
    "till_button": "SELECT",
}
# Columns of mixed tables that a till never reads (personal, or what a person confided).
TILL_HIDDEN = {
    "visit": {"note", "themes"},
    "referral": {"reason", "themes"},
}
_TILL: dict[str, str] = {
    "visit": "SELECT ({visit}), INSERT, DELETE",
    "donation": "SELECT, INSERT, DELETE",
    # printing a receipt marks its referral « envoyée » (app.services.referrals)
    "referral": "SELECT ({referral}), INSERT, "
    "UPDATE (visit_id, sheet_printed_at, status, status_changed_at, version)",
    "referral_event": "INSERT",
}
# The agenda (motifs, opening slots, absences, closures, sessions, bookings and their events)
# is the office's and the reception's to read and write, like every table not limited below;
# the till has none of it: it is not listed in _TILL.
AGENDA_TABLES = ("appointment_motif", "opening_slot", "agent_absence", "place_closure",
                 "appointment_session", "appointment", "appointment_event")  # fmt: skip
# Reception works with people and visits but does not run the place.
_RECEPTION_LIMITS: dict[str, str] = {
    "audit_entry": "INSERT",
    "agent": "SELECT, UPDATE (failed_attempts, locked_until)",
    "site": "SELECT",
    "alembic_version": "SELECT",
    "setting": "SELECT, INSERT, UPDATE",
    "till_button": "SELECT",
}


def _tables(connection: Connection) -> dict[str, list[str]]:
    rows = connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
        )
    )
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def policy(tables: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """kind → table → privileges, for the tables that exist now."""
    shown = {
        table: ", ".join(c for c in tables.get(table, []) if c not in hidden)
        for table, hidden in TILL_HIDDEN.items()
    }
    till = {t: p for t, p in _EVERY_DESK.items() if t in tables}
    till.update({t: p.format(**shown) for t, p in _TILL.items() if t in tables})
    reception = {t: _RECEPTION_LIMITS.get(t, ", ".join(DML)) for t in tables}
    office = {t: "SELECT" if t == "alembic_version" else ", ".join(DML) for t in tables}
    return {OFFICE: office, RECEPTION: reception, TILL: till}


def ensure_roles(connection: Connection, fingerprint: str) -> None:
    """The three kinds' roles and the join login (no rights yet), its password following the
    server's certificate."""
    for kind in KINDS:
        _create_role(connection, group_role(kind), "NOLOGIN")
    password = join_password(fingerprint)
    _create_role(connection, JOIN_LOGIN, f"LOGIN PASSWORD '{password}'")
    connection.execute(text(f"ALTER ROLE {JOIN_LOGIN} PASSWORD '{password}'"))


def _create_role(connection: Connection, name: str, options: str) -> None:
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).first()
    if not exists:
        connection.execute(text(f'CREATE ROLE "{name}" {options}'))


def apply_grants(connection: Connection) -> None:
    """Give each kind of desk exactly its rights on the tables as they are now."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    tables = _tables(connection)
    connection.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    connection.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'))
    for kind, grants in policy(tables).items():
        role = group_role(kind)
        connection.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"'))
        connection.execute(text(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "{role}"'))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"'))
        connection.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
        for table, privileges in grants.items():
            connection.execute(text(f'GRANT {privileges} ON TABLE "{table}" TO "{role}"'))
        if kind != TILL:
            connection.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{JOIN_LOGIN}"'))
    if "setting" in tables:
        _hide_secret_settings(connection)
    if is_shared(connection):  # a server shared before the desks reported their outboxes too
        connection.connection.driver_connection.execute(_OUTBOX_SQL)
        connection.connection.driver_connection.execute(_join_sql(JOIN_MAX_WRONG))


# Settings a till desk never reads, though it reads the others (till buttons, categories,
# language): the private key that signs this site's statistics (app.services.site_keys).
TILL_HIDDEN_SETTINGS = ("site_signing_key",)


def _hide_secret_settings(connection: Connection) -> None:
    """Row security on `setting`: the office and reception roles see every row, the till's
    role every row but the secret ones (the owner login is not subject to it)."""
    hidden = ", ".join(f"'{key}'" for key in TILL_HIDDEN_SETTINGS)
    statements = [
        "ALTER TABLE setting ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS every_setting ON setting",
        "DROP POLICY IF EXISTS no_secret_setting ON setting",
        f"CREATE POLICY every_setting ON setting TO {group_role(OFFICE)}, "
        f"{group_role(RECEPTION)} USING (true) WITH CHECK (true)",
        f"CREATE POLICY no_secret_setting ON setting FOR SELECT TO {group_role(TILL)} "
        f"USING (key NOT IN ({hidden}))",
    ]
    for statement in statements:
        connection.execute(text(statement))


def is_shared(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT 1 FROM pg_namespace WHERE nspname = :schema"),
            {"schema": SHARING_SCHEMA},
        ).first()
    )


def grant_if_shared(engine: Engine) -> None:
    """After a migration by the owner login: the grants again on a shared database."""
    with engine.begin() as connection:
        superuser = connection.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if superuser and is_shared(connection):
            apply_grants(connection)


# --- the sharing schema: desks and join codes --------------------------------------------------
_SHARING_SQL = f"""
CREATE SCHEMA IF NOT EXISTS {SHARING_SCHEMA};
REVOKE ALL ON SCHEMA {SHARING_SCHEMA} FROM PUBLIC;
CREATE TABLE IF NOT EXISTS {SHARING_SCHEMA}.desk (
    login text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('office', 'reception', 'till')),
    name text NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now(),
    joined_at timestamptz,
    revoked_at timestamptz
);
CREATE TABLE IF NOT EXISTS {SHARING_SCHEMA}.join_code (
    code_id text PRIMARY KEY,
    login text NOT NULL REFERENCES {SHARING_SCHEMA}.desk (login),
    check_hash text NOT NULL,
    expires_at timestamptz NOT NULL,
    wrong_tries integer NOT NULL DEFAULT 0,  -- no longer counted here: see join_try
    spent boolean NOT NULL DEFAULT false
);
"""


# Joining with a code (app.sharing.desks.join), through the TLS front, which names each join
# session after where it comes from: `application_name` as the session started
# (`pg_settings.reset_val`; a SET later changes the current value only), «
# aiguillage-front:<address> » (an IPv6 address by its /64 network). A session that did not come
# through the front (the main PC itself, on the loopback) is the source « local ».
#
# Every try is kept in join_try, by source and by code name, apart: wrong answers lock their
# source for a while ({tries} in {window} minutes), never the code, so a stranger cannot burn a
# code its holder still has to type. A code ends once used, replaced or after two hours.
# Known and unknown names go through the same steps: one look-up, one hash checked (against a
# stand-in nothing matches when the name is unknown, join_proof_matches), one try written.
JOIN_MAX_WRONG = 5  # wrong answers from one source …
JOIN_LOCK_MINUTES = 15  # … within this many minutes: that source waits
JOIN_LOCKED_STATE = "AGJ01"  # the SQLSTATE of a source refused for its wrong tries
JOIN_FRONT_PREFIX = "aiguillage-front:"
_JOIN_SQL = f"""
CREATE TABLE IF NOT EXISTS {SHARING_SCHEMA}.join_try (
    tried_at timestamptz NOT NULL DEFAULT now(),
    source text NOT NULL,
    code_id text NOT NULL,
    right_answer boolean NOT NULL
);
CREATE INDEX IF NOT EXISTS join_try_source ON {SHARING_SCHEMA}.join_try (source, tried_at);
CREATE OR REPLACE FUNCTION {SHARING_SCHEMA}.join_source() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT coalesce(
        (SELECT substr(reset_val, length('{JOIN_FRONT_PREFIX}') + 1) FROM pg_settings
            WHERE name = 'application_name' AND reset_val LIKE '{JOIN_FRONT_PREFIX}%'),
        'local')
$$;
CREATE OR REPLACE FUNCTION {SHARING_SCHEMA}.join_proof_matches(given_proof text, kept_hash text)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
BEGIN
    IF given_proof IS NULL OR given_proof !~ '^[0-9a-fA-F]{{64}}$' THEN
        given_proof := repeat('0', 64);  -- hashed all the same: no shorter path
    END IF;
    RETURN encode(sha256(decode(given_proof, 'hex')), 'hex') = kept_hash;
END;
$$;
CREATE OR REPLACE FUNCTION {SHARING_SCHEMA}.aiguillage_join(given_id text, given_proof text)
RETURNS TABLE (desk_login text, desk_password text, desk_kind text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {SHARING_SCHEMA} AS $$
DECLARE
    from_where text := {SHARING_SCHEMA}.join_source();
    code text := upper(left(coalesce(given_id, ''), 8));
    pending {SHARING_SCHEMA}.join_code%ROWTYPE;
    matches boolean;
    password text;
    kind text;
BEGIN
    -- one try at a time per source, so that its count is right
    PERFORM pg_advisory_xact_lock(hashtext('aiguillage-join:' || from_where));
    IF (SELECT count(*) FROM {SHARING_SCHEMA}.join_try AS t
            WHERE t.source = from_where AND NOT t.right_answer
            AND t.tried_at > now() - make_interval(mins => {{window}})) >= {{tries}} THEN
        RAISE EXCEPTION 'too many wrong join codes from %', from_where
            USING ERRCODE = '{JOIN_LOCKED_STATE}';
    END IF;
    SELECT * INTO pending FROM {SHARING_SCHEMA}.join_code AS c
        WHERE c.code_id = code AND NOT c.spent AND c.expires_at > now();
    -- an unknown name is checked against a stand-in hash, which no proof matches
    matches := {SHARING_SCHEMA}.join_proof_matches(
        given_proof, coalesce(pending.check_hash, repeat('-', 64)));
    matches := matches AND pending.code_id IS NOT NULL;
    INSERT INTO {SHARING_SCHEMA}.join_try (source, code_id, right_answer)
        VALUES (from_where, code, matches);
    IF NOT matches THEN
        RETURN;  -- the same empty answer whichever part was wrong
    END IF;
    UPDATE {SHARING_SCHEMA}.join_code AS c SET spent = true
        WHERE c.code_id = pending.code_id AND NOT c.spent;
    IF NOT FOUND THEN
        RETURN;  -- used meanwhile by another session
    END IF;
    password := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', pending.login, password);
    UPDATE {SHARING_SCHEMA}.desk SET joined_at = now() WHERE login = pending.login
        RETURNING desk.kind INTO kind;
    desk_login := pending.login;
    desk_password := password;
    desk_kind := kind;
    RETURN NEXT;
END;
$$;
REVOKE ALL ON FUNCTION {SHARING_SCHEMA}.aiguillage_join(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION {SHARING_SCHEMA}.join_source() FROM PUBLIC;
REVOKE ALL ON FUNCTION {SHARING_SCHEMA}.join_proof_matches(text, text) FROM PUBLIC;
GRANT USAGE ON SCHEMA {SHARING_SCHEMA} TO {JOIN_LOGIN};
GRANT EXECUTE ON FUNCTION {SHARING_SCHEMA}.aiguillage_join(text, text) TO {JOIN_LOGIN};
"""


def refresh_join_function(raw) -> None:  # type: ignore[no-untyped-def]
    """Install the join table and function again on a shared database (a psycopg connection
    of the owner login, autocommit); nothing on a database that is not shared."""
    shared = raw.execute(
        "SELECT 1 FROM pg_namespace WHERE nspname = %s", (SHARING_SCHEMA,)
    ).fetchone()
    if shared:
        raw.execute(_join_sql(JOIN_MAX_WRONG))


def _join_sql(max_tries: int) -> str:
    return _JOIN_SQL.replace("{tries}", str(int(max_tries))).replace(
        "{window}", str(JOIN_LOCK_MINUTES)
    )


# What each desk's outbox holds, as the desk last said it (app.outbox.Outbox.report): written
# only through aiguillage_outbox_report, which stamps the login of the session, so a desk
# cannot speak for another; read and dealt with on the main PC (app.sharing.desks).
_OUTBOX_SQL = f"""
CREATE TABLE IF NOT EXISTS {SHARING_SCHEMA}.desk_outbox (
    login text PRIMARY KEY,
    waiting integer NOT NULL DEFAULT 0,
    oldest_waiting timestamptz,
    reported_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS {SHARING_SCHEMA}.refused_entry (
    login text NOT NULL,
    entry_id uuid NOT NULL,
    what text NOT NULL,
    site_id uuid NOT NULL,
    agent_id uuid,
    occurred_at timestamptz NOT NULL,
    body jsonb NOT NULL,
    reason text NOT NULL,
    refused_at timestamptz NOT NULL,
    reported_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    PRIMARY KEY (login, entry_id)
);
CREATE OR REPLACE FUNCTION {SHARING_SCHEMA}.aiguillage_outbox_report(
    given_waiting integer, given_oldest timestamptz, given_refused jsonb
) RETURNS SETOF uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {SHARING_SCHEMA} AS $$
DECLARE
    who text := session_user;  -- the desk's own login, never a name it gives
BEGIN
    INSERT INTO {SHARING_SCHEMA}.desk_outbox AS kept (login, waiting, oldest_waiting, reported_at)
        VALUES (who, greatest(given_waiting, 0), given_oldest, now())
        ON CONFLICT (login) DO UPDATE SET waiting = excluded.waiting,
            oldest_waiting = excluded.oldest_waiting, reported_at = now();
    INSERT INTO {SHARING_SCHEMA}.refused_entry
            (login, entry_id, what, site_id, agent_id, occurred_at, body, reason, refused_at)
        SELECT who, (e ->> 'id')::uuid, left(e ->> 'what', 20), (e ->> 'site_id')::uuid,
               nullif(e ->> 'agent_id', '')::uuid, (e ->> 'occurred_at')::timestamptz,
               coalesce(e -> 'body', '{{}}'::jsonb), left(coalesce(e ->> 'reason', ''), 600),
               coalesce((e ->> 'set_aside_at')::timestamptz, now())
        FROM jsonb_array_elements(coalesce(given_refused, '[]'::jsonb)) AS e
        LIMIT 10000
        ON CONFLICT (login, entry_id) DO NOTHING;
    RETURN QUERY SELECT r.entry_id FROM {SHARING_SCHEMA}.refused_entry AS r
        WHERE r.login = who AND r.resolved_at IS NOT NULL;
END;
$$;
REVOKE ALL ON FUNCTION {SHARING_SCHEMA}.aiguillage_outbox_report(integer, timestamptz, jsonb)
    FROM PUBLIC;
GRANT USAGE ON SCHEMA {SHARING_SCHEMA}
    TO {group_role(OFFICE)}, {group_role(RECEPTION)}, {group_role(TILL)};
GRANT EXECUTE ON FUNCTION {SHARING_SCHEMA}.aiguillage_outbox_report(integer, timestamptz, jsonb)
    TO {group_role(OFFICE)}, {group_role(RECEPTION)}, {group_role(TILL)};
"""


def report_outbox(
    engine: Engine, waiting: int, oldest: object, refused: list[dict]
) -> list | None:
    """A desk tells the main PC what its outbox holds (`waiting` entries since `oldest`, and
    the entries `refused` for good); returns the ids of refused entries dealt with on the main
    PC, or None when the database keeps no such report (SQLite, a server not shared through
    Aiguillage) or did not answer."""
    import json

    from sqlalchemy import exc as sa_exc

    from app.db.queries import LIVE_CHANNEL

    if engine.dialect.name != "postgresql":
        return None
    try:
        with engine.begin() as connection:
            rows = connection.execute(
                text(
                    f"SELECT * FROM {SHARING_SCHEMA}.aiguillage_outbox_report("
                    "CAST(:waiting AS integer), CAST(:oldest AS timestamptz), "
                    "CAST(:refused AS jsonb))"
                ),
                {"waiting": waiting, "oldest": oldest, "refused": json.dumps(refused)},
            ).all()
            # the main PC's Settings › Desks shows it at once (the topic only)
            connection.execute(text("SELECT pg_notify(:channel, 'desks')"),
                               {"channel": LIVE_CHANNEL})
    except sa_exc.DBAPIError:
        return None  # not shared through Aiguillage, or gone: said again at the next send
    return [row[0] for row in rows]


def outbox_rows(connection: Connection) -> tuple[dict, dict]:
    """What each desk last said of its outbox (main PC): login → (waiting, oldest, reported
    at), and login → its refused entries not dealt with yet, oldest first."""
    waiting = {
        row.login: (row.waiting, row.oldest_waiting, row.reported_at)
        for row in connection.execute(
            text(
                f"SELECT login, waiting, oldest_waiting, reported_at "
                f"FROM {SHARING_SCHEMA}.desk_outbox"
            )
        )
    }
    refused: dict[str, list] = {}
    for row in connection.execute(
        text(
            f"SELECT login, entry_id, what, site_id, agent_id, occurred_at, body, reason, "
            f"refused_at FROM {SHARING_SCHEMA}.refused_entry WHERE resolved_at IS NULL "
            f"ORDER BY refused_at, occurred_at"
        )
    ):
        refused.setdefault(row.login, []).append(row)
    return waiting, refused


def refused_row(connection: Connection, login: str, entry_id: object):  # type: ignore[no-untyped-def]
    """One refused entry not dealt with yet, locked until the end of the transaction."""
    return connection.execute(
        text(
            f"SELECT login, entry_id, what, site_id, agent_id, occurred_at, body, reason, "
            f"refused_at FROM {SHARING_SCHEMA}.refused_entry "
            f"WHERE login = :login AND entry_id = :entry_id AND resolved_at IS NULL FOR UPDATE"
        ),
        {"login": login, "entry_id": entry_id},
    ).first()


def mark_refused_dealt_with(connection: Connection, login: str, entry_id: object) -> None:
    connection.execute(
        text(
            f"UPDATE {SHARING_SCHEMA}.refused_entry SET resolved_at = now() "
            f"WHERE login = :login AND entry_id = :entry_id"
        ),
        {"login": login, "entry_id": entry_id},
    )


def set_up_sharing(connection: Connection, max_tries: int, fingerprint: str) -> None:
    """Roles, grants, the desks' table and the join function (the owner login, once)."""
    ensure_roles(connection, fingerprint)
    raw = connection.connection.driver_connection  # no parameters: % is PL/pgSQL's own
    raw.execute(_SHARING_SQL)
    raw.execute(_join_sql(max_tries))
    apply_grants(connection)


def add_desk_login(connection: Connection, login: str, kind: str, name: str) -> None:
    """A desk's own login, member of its kind's role; it can log in once it has joined."""
    connection.execute(text(f'CREATE ROLE "{login}" NOLOGIN IN ROLE "{group_role(kind)}"'))
    connection.execute(
        text(
            f"INSERT INTO {SHARING_SCHEMA}.desk (login, kind, name) VALUES (:login, :kind, :name)"
        ),
        {"login": login, "kind": kind, "name": name},
    )


def add_join_code(
    connection: Connection, code_id: str, login: str, check_hash: str, minutes: int
) -> None:
    connection.execute(
        text(f"UPDATE {SHARING_SCHEMA}.join_code SET spent = true WHERE login = :login"),
        {"login": login},
    )
    connection.execute(  # tries older than any code's life say nothing any more
        text(f"DELETE FROM {SHARING_SCHEMA}.join_try WHERE tried_at < now() - interval '1 day'")
    )
    connection.execute(
        text(
            f"INSERT INTO {SHARING_SCHEMA}.join_code (code_id, login, check_hash, expires_at) "
            "VALUES (:code_id, :login, :check_hash, now() + make_interval(mins => :minutes))"
        ),
        {"code_id": code_id, "login": login, "check_hash": check_hash, "minutes": minutes},
    )


def revoke_desk_login(connection: Connection, login: str) -> None:
    """One click: the desk loses its rights, cannot log in, and its open sessions end."""
    kind = connection.execute(
        text(f"SELECT kind FROM {SHARING_SCHEMA}.desk WHERE login = :login"), {"login": login}
    ).scalar()
    if kind is not None:
        connection.execute(text(f'REVOKE "{group_role(kind)}" FROM "{login}"'))
    connection.execute(text(f'ALTER ROLE "{login}" NOLOGIN PASSWORD NULL'))
    for statement in (
        f"UPDATE {SHARING_SCHEMA}.join_code SET spent = true WHERE login = :login",
        f"UPDATE {SHARING_SCHEMA}.desk SET revoked_at = now() WHERE login = :login",
    ):
        connection.execute(text(statement), {"login": login})
    connection.execute(
        text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :login"),
        {"login": login},
    )


def desk_rows(connection: Connection) -> Iterable:
    return connection.execute(
        text(
            f"SELECT login, kind, name, added_at, joined_at, revoked_at "
            f"FROM {SHARING_SCHEMA}.desk ORDER BY added_at"
        )
    ).all()


def wrong_join_tries(connection: Connection) -> dict[tuple[str, str], int]:
    """Wrong answers of the last day, by (source, code name): each is counted apart."""
    rows = connection.execute(
        text(
            f"SELECT source, code_id, count(*) FROM {SHARING_SCHEMA}.join_try "
            "WHERE NOT right_answer GROUP BY source, code_id"
        )
    )
    return {(row[0], row[1]): row[2] for row in rows}
