"""The desks of a shared database: added by the coordinator on the main PC with a one-time join
code, joined from the new PC with that code, revoked in one click.

A code is 8 characters from an alphabet without look-alikes: 3 name the code, 5 are its secret.
The server keeps only a hash of an Argon2id proof of the secret, bound to the server's
certificate: a desk that talks to an impostor computes a proof the server would not accept, and
the impostor cannot compute it either. A wrong code is refused with one sentence, whichever part
was wrong. Wrong tries are counted per source (the desk's address, as the TLS front sees it)
and per code apart: five from one source in a quarter of an hour make that source wait; a
stranger's wrong tries never end a code its holder still has to type (app.db.pg_roles).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from app.db import pg_roles
from app.errors import UserError
from app.i18n import translate

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
ID_LENGTH = 3
CODE_MINUTES = 120
KIND_WORDS = {"office": "bureau", "reception": "accueil", "till": "caisse"}


def _tr(text_: str) -> str:
    return translate("Sharing", text_)


@dataclass(frozen=True)
class Desk:
    login: str
    kind: str
    name: str
    added_at: datetime
    joined_at: datetime | None
    revoked_at: datetime | None


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def clean_code(typed: str) -> str:
    """What was typed, without spaces or dashes, in capitals."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def proof(code: str, fingerprint: str) -> bytes:
    """Argon2id of the code's secret, salted with its name and the server's certificate."""
    from argon2.low_level import Type, hash_secret_raw

    code_id, secret = code[:ID_LENGTH], code[ID_LENGTH:]
    salt = hashlib.sha256(f"aiguillage-join:{code_id}:{fingerprint.lower()}".encode()).digest()
    return hash_secret_raw(
        secret.encode(), salt[:16], time_cost=3, memory_cost=65536, parallelism=2, hash_len=32,
        type=Type.ID,
    )


def add_desk(owner_engine, kind: str, name: str, fingerprint: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A new desk of a kind (office, reception, till): its login, and the one-time code to type
    on that PC."""
    with owner_engine.begin() as connection:
        return add_desk_in(connection, kind, name, fingerprint)


def add_desk_in(connection, kind: str, name: str, fingerprint: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """`add_desk` inside the caller's transaction (the main PC's owner login)."""
    if kind not in pg_roles.KINDS:
        raise UserError(_tr("Choose the kind of desk: office, reception or till."))
    login = f"poste_{KIND_WORDS[kind]}_{secrets.token_hex(3)}"
    code = new_code()
    check = hashlib.sha256(proof(code, fingerprint)).hexdigest()
    pg_roles.add_desk_login(connection, login, kind, name.strip() or login)
    pg_roles.add_join_code(connection, code[:ID_LENGTH], login, check, CODE_MINUTES)
    return login, code


def new_join_code(owner_engine, login: str, fingerprint: str) -> str:  # type: ignore[no-untyped-def]
    """A new code for a desk that has not joined yet (the old one no longer works)."""
    code = new_code()
    check = hashlib.sha256(proof(code, fingerprint)).hexdigest()
    with owner_engine.begin() as connection:
        pg_roles.add_join_code(connection, code[:ID_LENGTH], login, check, CODE_MINUTES)
    return code


def list_desks(owner_engine) -> list[Desk]:  # type: ignore[no-untyped-def]
    with owner_engine.connect() as connection:
        return [Desk(*row) for row in pg_roles.desk_rows(connection)]


def desks_with_presence(connection) -> list[tuple[Desk, bool]]:  # type: ignore[no-untyped-def]
    """Every desk, and whether it is connected right now (the server's own sessions)."""
    connected = {
        row[0] for row in connection.execute(
            text("SELECT DISTINCT usename FROM pg_stat_activity WHERE usename IS NOT NULL")
        )
    }
    return [(desk, desk.login in connected)
            for desk in (Desk(*row) for row in pg_roles.desk_rows(connection))]


# A desk whose oldest kept record is older than this is shown as waiting, not « connected ».
LONG_WAIT = timedelta(minutes=10)


@dataclass(frozen=True)
class RefusedRecord:
    """A record a desk kept and the server refused for good, as the desk reported it."""

    login: str
    entry_id: object
    what: str
    site_id: object
    agent_id: object | None
    occurred_at: datetime
    body: dict
    reason: str
    refused_at: datetime


@dataclass(frozen=True)
class DeskOutbox:
    """What a desk last said of its outbox: how many records wait since when, and those
    refused (nothing said yet: nothing waits)."""

    waiting: int = 0
    oldest_waiting: datetime | None = None
    reported_at: datetime | None = None
    refused: list[RefusedRecord] = field(default_factory=list)

    def waits_long(self, now: datetime) -> bool:
        return bool(self.waiting and self.oldest_waiting and now - self.oldest_waiting > LONG_WAIT)


@dataclass(frozen=True)
class DeskState:
    desk: Desk
    connected: bool
    outbox: DeskOutbox


def desks_with_outboxes(connection) -> list[DeskState]:  # type: ignore[no-untyped-def]
    """Every desk, whether it is connected, and what its outbox holds (main PC)."""
    waiting, refused = pg_roles.outbox_rows(connection)
    states = []
    for desk, connected in desks_with_presence(connection):
        count, oldest, reported = waiting.get(desk.login, (0, None, None))
        records = [RefusedRecord(*row) for row in refused.get(desk.login, [])]
        states.append(DeskState(desk, connected, DeskOutbox(count, oldest, reported, records)))
    return states


def resend_refused(session, login: str, entry_id) -> None:  # type: ignore[no-untyped-def]
    """Send a refused record again, on the main PC, through the same service as online work
    and under its original agent, site, time and id (once the cause is fixed); marked dealt
    with in the same transaction, so the desk forgets it at its next send. Still refused: the
    service's or the server's reason, and nothing changes."""
    from app.outbox import entry_from_description, replay

    connection = session.connection()
    row = pg_roles.refused_row(connection, login, entry_id)
    if row is None:
        raise UserError(_tr("This record was already dealt with."))
    record = RefusedRecord(*row)
    if record.what not in _RECORDS_OF_KIND.get(_kind_of(connection, login), ()):
        raise UserError(_tr("This kind of desk cannot make this record: it is not sent again."))
    entry = entry_from_description(
        {
            "id": record.entry_id, "what": record.what, "site_id": record.site_id,
            "agent_id": record.agent_id, "occurred_at": record.occurred_at,
            "body": record.body, "reason": record.reason,
        }
    )  # fmt: skip
    try:
        replay(session, entry)
    except UserError as refused:
        raise UserError(
            _tr("Still refused: %1").replace("%1", refused.message)
        ) from refused
    pg_roles.mark_refused_dealt_with(connection, login, entry_id)


# What each kind of desk keeps in its outbox: a record of another kind, reported by a desk
# (its login writes its own report), is never made on the main PC in its name.
_RECORDS_OF_KIND = {
    pg_roles.TILL: ("visit", "donation", "referral"),
    pg_roles.RECEPTION: ("visit", "donation", "referral", "reception"),
    pg_roles.OFFICE: ("visit", "donation", "referral", "reception"),
}


def _kind_of(connection, login: str) -> str | None:  # type: ignore[no-untyped-def]
    return connection.execute(
        text(f"SELECT kind FROM {pg_roles.SHARING_SCHEMA}.desk WHERE login = :login"),
        {"login": login},
    ).scalar()


def export_refused(states: list[DeskState], path: Path) -> int:
    """The refused records of every desk in a CSV file (semicolons, as a French spreadsheet
    opens it); how many were written. Written aside, then put in place."""
    import csv
    import json

    from app.clock import to_local

    names = {state.desk.login: state.desk.name for state in states}
    records = [record for state in states for record in state.outbox.refused]
    path = Path(path)
    partial = path.with_name(path.name + ".partiel")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow([_tr("Desk"), _tr("Record"), _tr("Made on"), _tr("Refused on"),
                             _tr("Reason"), _tr("Identifier"), _tr("Content")])  # fmt: skip
            for record in records:
                writer.writerow([
                    names.get(record.login, record.login), record_words(record.what),
                    to_local(record.occurred_at).strftime("%d/%m/%Y %H:%M"),
                    to_local(record.refused_at).strftime("%d/%m/%Y %H:%M"),
                    record.reason, str(record.entry_id),
                    json.dumps(record.body, ensure_ascii=False, sort_keys=True),
                ])  # fmt: skip
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(
            _tr("The file could not be written: %1").replace("%1", error.strerror or str(error))
        ) from error
    return len(records)


def record_words(what: str) -> str:
    """A kind of kept record, in words."""
    return {
        "visit": _tr("till click"),
        "donation": _tr("weighing"),
        "reception": _tr("anonymous visit"),
        "referral": _tr("quick referral"),
    }.get(what, what)


def revoke_desk(owner_engine, login: str) -> None:  # type: ignore[no-untyped-def]
    with owner_engine.begin() as connection:
        pg_roles.revoke_desk_login(connection, login)


def wrong_code() -> UserError:
    return UserError(
        _tr(
            "This code does not work. Check it with the coordinator, or ask for a new one: "
            "a code works once, for two hours."
        )
    )


def too_many_tries() -> UserError:
    """A source that typed too many wrong codes waits: the code itself still works."""
    return UserError(
        _tr(
            "Too many wrong codes were typed from this computer. Wait a quarter of an hour, "
            "check the code with the coordinator, then try again."
        )
    )


@dataclass(frozen=True)
class Joined:
    url: URL  # the desk's own address, password included
    kind: str


def join(host: str, port: int, fingerprint: str, typed_code: str, database: str) -> Joined:
    """Join the place's shared database with a one-time code, over TLS to the pinned server."""
    from sqlalchemy import exc as sa_exc

    from app.db import postgres
    from app.db.postgres import make_engine

    code = clean_code(typed_code)
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        raise wrong_code()
    address = URL.create(
        "postgresql+psycopg",
        username=pg_roles.JOIN_LOGIN,
        password=pg_roles.join_password(fingerprint),
        host=host,
        port=port,
        database=database,
        query={"certificate": fingerprint},
    )
    engine = make_engine(address)
    try:
        with engine.begin() as connection:
            row = connection.execute(
                text(f"SELECT * FROM {pg_roles.SHARING_SCHEMA}.aiguillage_join(:id, :proof)"),
                {"id": code[:ID_LENGTH], "proof": proof(code, fingerprint).hex()},
            ).first()
    except sa_exc.DBAPIError as error:
        if postgres.sqlstate(error) == pg_roles.JOIN_LOCKED_STATE:
            raise too_many_tries() from error
        raise postgres.translate_error(error, opening=True) or error from error
    finally:
        engine.dispose()
    if row is None:
        raise wrong_code()
    login, password, kind = row
    url = address.set(username=login, password=password)
    return Joined(url=url, kind=kind)
