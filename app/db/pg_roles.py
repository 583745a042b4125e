"""Database roles on a shared server: what each kind of desk may read and write, the desks'
own logins, and the join function that turns a one-time code into a desk's login.

Three group roles follow the kinds of desk (office, reception, till); each desk has a login of
its own, member of its kind's role, made when the coordinator adds the desk and given a password
when the desk joins. What each kind may do is written in app.db.role_table; `apply_grants`
turns it into column grants, row-security policies and the triggers that stamp which login
recorded a row, again after every migration, by the owner login, the only one allowed to change
the schema. Audit entries are written by the server's function (`audit_on_server`).
"""


import hashlib
import weakref
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, text

from app.db.role_table import (
    ANONYMOUS,
    EVERY_ROW,
    INSERT,
    KINDS,
    NOT_SECRET,
    OFFICE,
    OWN,
    OWN_HOURS,
    OWN_RECENT,
    RECEPTION,
    SECRET_SETTINGS,
    SELECT,
    STAMPED_TABLES,
    TILL,
    UNDO_MINUTES,
    UPDATE,
    Grant,
    grants_of,
    stamping_kinds,
)

JOIN_LOGIN = "aiguillage_join"


def join_password(fingerprint: str) -> str:
    """The join login's password, made from the server certificate's fingerprint, which a desk
    pins before joining: the login only calls aiguillage_join(), the one-time code is the
    secret; a new certificate gives a new password."""
    seed = f"aiguillage-join-login:{fingerprint.lower()}".encode()
    return hashlib.sha256(seed).hexdigest()[:32]
SHARING_SCHEMA = "partage"

def group_role(kind: str) -> str:
    return f"aiguillage_{kind}"


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


def _privilege(verb: str, grant: Grant, columns: list[str]) -> str:
    """`SELECT (a, b)`, `UPDATE (c)` or the bare verb, for one cell of the role table."""
    if verb == SELECT and grant.hidden:
        return f"SELECT ({', '.join(c for c in columns if c not in grant.hidden)})"
    if verb == UPDATE and grant.columns:
        return f"UPDATE ({', '.join(c for c in grant.columns if c in columns)})"
    return verb


def policy(tables: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """kind → table → privileges (GRANT's words), for the tables that exist now."""
    return {
        kind: {
            table: ", ".join(
                _privilege(verb, grant, columns) for verb, grant in grants_of(table, kind).items()
            )
            for table, columns in tables.items()
            if grants_of(table, kind)
        }
        for kind in KINDS
    }


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
    """Give each kind of desk exactly its rights on the tables as they are now (the role table,
    app.db.role_table): column grants, then row-security policies where a cell keeps to some
    rows."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    tables = _tables(connection)
    connection.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    connection.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'))
    _close_other_databases(connection, database)
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
    raw = connection.connection.driver_connection  # no parameters: % is PL/pgSQL's own
    raw.execute(_STAMP_SQL)
    for table in tables:
        _row_policies(connection, table)
    if is_shared(connection):  # a server shared before these functions came gets them too
        raw.execute(_OUTBOX_SQL)
        raw.execute(_AUDIT_SQL)
        raw.execute(_join_sql(JOIN_MAX_WRONG))


def _close_other_databases(connection: Connection, database: str) -> None:
    """No desk login connects to another database of this server (`postgres`, `template1`, a
    scratch copy) nor makes temporary tables there: PUBLIC loses CONNECT and TEMPORARY on every
    database this login owns."""
    others = connection.execute(
        text(
            "SELECT datname FROM pg_database WHERE datallowconn AND datname <> :database "
            "AND pg_has_role(current_user, datdba, 'MEMBER')"
        ),
        {"database": database},
    ).scalars()
    for name in list(others):
        quoted = name.replace('"', '""')
        connection.execute(text(f'REVOKE CONNECT, TEMPORARY ON DATABASE "{quoted}" FROM PUBLIC'))


def _row_rule(table: str, rows: str) -> str:
    """The SQL condition of a row rule of the role table."""
    if rows == OWN_RECENT:
        return f"{STAMPS_SCHEMA}.made_here('{table}', id, {UNDO_MINUTES})"
    if rows == OWN:
        return f"{STAMPS_SCHEMA}.made_here('{table}', id, {OWN_HOURS * 60})"
    if rows == NOT_SECRET:
        return "key NOT IN (" + ", ".join(f"'{key}'" for key in SECRET_SETTINGS) + ")"
    if rows == ANONYMOUS:
        return "person_id IS NULL"
    return "true"


def _row_policies(connection: Connection, table: str) -> None:
    """Row security on `table` when a cell of the role table keeps to some rows: one policy per
    kind and verb (the owner login is not subject to it); stamped tables get their trigger."""
    cells = {kind: grants_of(table, kind) for kind in KINDS}
    if table in STAMPED_TABLES:
        kinds = ", ".join(f"'{group_role(kind)}'" for kind in stamping_kinds(table))
        connection.execute(text(f'DROP TRIGGER IF EXISTS stamp_row ON "{table}"'))
        connection.execute(
            text(
                f'CREATE TRIGGER stamp_row AFTER INSERT ON "{table}" FOR EACH ROW '
                f"EXECUTE FUNCTION {STAMPS_SCHEMA}.stamp({kinds})"
            )
        )
    if all(g.rows == EVERY_ROW for grants in cells.values() for g in grants.values()):
        return
    old = connection.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t"),
        {"t": table},
    ).scalars()
    for name in list(old):
        connection.execute(text(f'DROP POLICY "{name}" ON "{table}"'))
    connection.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
    for kind, grants in cells.items():
        for verb, grant in grants.items():
            rule = _row_rule(table, grant.rows)
            using = "" if verb == INSERT else f" USING ({rule})"
            check = f" WITH CHECK ({rule})" if verb in (INSERT, UPDATE) else ""
            connection.execute(
                text(
                    f'CREATE POLICY "{kind}_{verb.lower()}" ON "{table}" FOR {verb} '
                    f'TO "{group_role(kind)}"{using}{check}'
                )
            )


# Which desk login recorded a row, for the rows a kind may change only when it recorded them
# itself (a till's undo): stamped by a trigger with the session's login, never a name the desk
# gives. Kept apart from the sharing schema, which a restore may leave out, because the tables'
# triggers and policies use it; stamps older than two days go.
STAMPS_SCHEMA = "row_stamps"
_STAMP_SQL = f"""
CREATE SCHEMA IF NOT EXISTS {STAMPS_SCHEMA};
REVOKE ALL ON SCHEMA {STAMPS_SCHEMA} FROM PUBLIC;
CREATE TABLE IF NOT EXISTS {STAMPS_SCHEMA}.recorded_row (
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    login text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_id)
);
CREATE INDEX IF NOT EXISTS recorded_row_login ON {STAMPS_SCHEMA}.recorded_row (login, recorded_at);
CREATE OR REPLACE FUNCTION {STAMPS_SCHEMA}.stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {STAMPS_SCHEMA} AS $$
DECLARE
    kind text;
BEGIN
    FOREACH kind IN ARRAY TG_ARGV LOOP
        IF pg_has_role(session_user, kind, 'MEMBER') THEN
            INSERT INTO {STAMPS_SCHEMA}.recorded_row (table_name, row_id, login)
                VALUES (TG_TABLE_NAME, NEW.id, session_user) ON CONFLICT DO NOTHING;
            DELETE FROM {STAMPS_SCHEMA}.recorded_row
                WHERE login = session_user AND recorded_at < now() - interval '2 days';
            EXIT;
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE OR REPLACE FUNCTION {STAMPS_SCHEMA}.made_here(given_table text, given_id uuid,
                                                    minutes integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {STAMPS_SCHEMA} AS $$
    SELECT EXISTS (SELECT 1 FROM {STAMPS_SCHEMA}.recorded_row
        WHERE table_name = given_table AND row_id = given_id AND login = session_user
          AND recorded_at > now() - make_interval(mins => minutes))
$$;
REVOKE ALL ON FUNCTION {STAMPS_SCHEMA}.stamp() FROM PUBLIC;
REVOKE ALL ON FUNCTION {STAMPS_SCHEMA}.made_here(text, uuid, integer) FROM PUBLIC;
GRANT USAGE ON SCHEMA {STAMPS_SCHEMA}
    TO {group_role(OFFICE)}, {group_role(RECEPTION)}, {group_role(TILL)};
GRANT EXECUTE ON FUNCTION {STAMPS_SCHEMA}.made_here(text, uuid, integer)
    TO {group_role(OFFICE)}, {group_role(RECEPTION)}, {group_role(TILL)};
"""


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


# Audit entries on a shared server: no desk login inserts into audit_entry; this function
# writes the entry with the session's own login (desk_login), so a desk cannot write one as
# another desk.
_AUDIT_SQL = f"""
CREATE OR REPLACE FUNCTION {SHARING_SCHEMA}.aiguillage_audit(
    given_agent uuid, given_action text, given_entity text, given_entity_id text
) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    made uuid := gen_random_uuid();
BEGIN
    INSERT INTO public.audit_entry (id, occurred_at, agent_id, action, entity, entity_id,
                                    desk_login)
        VALUES (made, now(), given_agent, left(given_action, 40), left(given_entity, 40),
                left(given_entity_id, 40), session_user);
    RETURN made;
END;
$$;
REVOKE ALL ON FUNCTION {SHARING_SCHEMA}.aiguillage_audit(uuid, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {SHARING_SCHEMA}.aiguillage_audit(uuid, text, text, text)
    TO {group_role(OFFICE)}, {group_role(RECEPTION)}, {group_role(TILL)};
"""
_AUDIT_FUNCTION = f"{SHARING_SCHEMA}.aiguillage_audit(uuid,text,text,text)"
_AUDITS_ON_SERVER: "weakref.WeakKeyDictionary[Engine, bool]" = weakref.WeakKeyDictionary()


def audit_on_server(session, agent_id, action: str, entity: str, entity_id: str) -> bool:  # type: ignore[no-untyped-def]
    """Write an audit entry through the shared server's function, in the session's transaction;
    False when this database has no such function (SQLite, a server not shared through
    Aiguillage): the caller then adds the row itself."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    engine = bind.engine
    if engine not in _AUDITS_ON_SERVER:
        found = session.execute(
            text("SELECT to_regprocedure(:name) IS NOT NULL"), {"name": _AUDIT_FUNCTION}
        ).scalar()
        _AUDITS_ON_SERVER[engine] = bool(found)
    if not _AUDITS_ON_SERVER[engine]:
        return False
    session.execute(
        text(
            f"SELECT {SHARING_SCHEMA}.aiguillage_audit(CAST(:agent AS uuid), :action, :entity, "
            ":entity_id)"
        ),
        {"agent": agent_id, "action": action, "entity": entity, "entity_id": entity_id},
    )
    return True


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
