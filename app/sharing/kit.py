"""The main PC's set-up kit: what a new main PC needs for the desks to connect to it as they did
to the old one, without new codes: the server's certificate and its key, its port, and each
desk's login with its password verifier (SCRAM, never the password itself) and its kind.

It is written only encrypted (app/backup/encryption.py, the backups' passphrase), beside each
encrypted backup of the main PC (`poste-principal.trousse.enc`, one file, rewritten), since the
certificate's key must never travel in clear. A backup without a passphrase carries no kit: the
new main PC then has a new certificate and the desks join again with new codes."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from app.db import pg_tls
from app.errors import UserError
from app.i18n import translate
from app.private_files import make_private
from app.sharing.server import SharedServer

KIT_NAME = "poste-principal.trousse.enc"
KIT_KIND = "aiguillage-trousse-poste-principal"


def _tr(text: str) -> str:
    return translate("Sharing", text)


def kit_values(server: SharedServer) -> dict:
    """The kit of a running server, read with the owner login."""
    import psycopg

    from app.db.pg_roles import SHARING_SCHEMA

    url = server.direct_url().set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as connection:
        rows = connection.execute(
            f"SELECT d.login, d.kind, d.name, d.added_at, d.joined_at, d.revoked_at, "
            f"a.rolpassword FROM {SHARING_SCHEMA}.desk d "
            f"LEFT JOIN pg_authid a ON a.rolname = d.login ORDER BY d.added_at"
        ).fetchall()
    tls = server.folder / "tls"
    return {
        "kind": KIT_KIND,
        "fingerprint": server.fingerprint,
        "port": server.port,
        "certificate": (tls / pg_tls.CERT_NAME).read_text(encoding="ascii"),
        "key": (tls / pg_tls.KEY_NAME).read_text(encoding="ascii"),
        "desks": [
            {"login": login, "kind": kind, "name": name,
             "added_at": added.isoformat() if added else None,
             "joined_at": joined.isoformat() if joined else None,
             "revoked_at": revoked.isoformat() if revoked else None,
             "verifier": verifier}
            for login, kind, name, added, joined, revoked, verifier in rows
        ],
    }


def write_kit(server: SharedServer, folder: Path, passphrase: str) -> Path:
    """The kit, encrypted, in `folder` (written aside, then put in place)."""
    from app.backup.encryption import encrypt_file

    target = folder / KIT_NAME
    with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=folder) as scratch:
        plain = Path(scratch) / "trousse.json"
        fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(kit_values(server), handle)
        partial = Path(scratch) / KIT_NAME
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            encrypt_file(plain, handle, passphrase, {"kind": KIT_KIND})
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    make_private(target)
    return target


def read_kit(path: Path, passphrase: str | None) -> dict:
    """The kit's values; a French refusal for a wrong passphrase or another file."""
    import io

    from app.backup.encryption import DecryptionFailed, decrypt_file

    if not passphrase:
        raise UserError(_tr("The main PC's kit is encrypted: give the backups' passphrase."))
    buffer = io.BytesIO()
    try:
        decrypt_file(path, buffer, passphrase)
        values = json.loads(buffer.getvalue().decode("utf-8"))
    except DecryptionFailed as error:
        raise UserError(_tr("The passphrase does not open the main PC's kit.")) from error
    except (OSError, ValueError) as error:
        raise UserError(_tr("“%1” is not a main PC's kit.").replace("%1", str(path))) from error
    if not isinstance(values, dict) or values.get("kind") != KIT_KIND:
        raise UserError(_tr("“%1” is not a main PC's kit.").replace("%1", str(path)))
    return values


def kit_beside(backup: Path) -> Path | None:
    found = backup.parent / KIT_NAME
    return found if found.exists() else None


def install_certificate(server: SharedServer, values: dict) -> None:
    """The old main PC's certificate and key in the new server's folder."""
    from app.private_files import write_private

    tls = server.folder / "tls"
    write_private(tls / pg_tls.CERT_NAME, values["certificate"])
    write_private(tls / pg_tls.KEY_NAME, values["key"])
    server.fingerprint = values["fingerprint"]
    server.save()


def add_desks_back(server: SharedServer, values: dict) -> int:
    """Each desk of the kit with its login and password verifier, so that it connects with the
    password it keeps; a desk that had not joined yet needs a new code. How many can connect."""
    from sqlalchemy import text

    from app.db import open_database
    from app.db.pg_roles import SHARING_SCHEMA, apply_grants, ensure_roles, group_role

    engine = open_database(server.direct_url(), migrate=False)
    back = 0
    try:
        with engine.begin() as connection:
            ensure_roles(connection, server.fingerprint)  # the join login follows the certificate
            for desk in values.get("desks", []):
                login = desk["login"]
                exists = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
                ).first()
                can_connect = bool(desk.get("joined_at") and desk.get("verifier")
                                   and not desk.get("revoked_at"))
                if not exists:
                    connection.execute(text(f'CREATE ROLE "{login}" NOLOGIN'))
                if can_connect:
                    connection.execute(text(f'GRANT "{group_role(desk["kind"])}" TO "{login}"'))
                    _set_verifier(connection, login, desk["verifier"])
                    back += 1
                connection.execute(text(f"DELETE FROM {SHARING_SCHEMA}.desk WHERE login = :login"),
                                   {"login": login})
                connection.execute(
                    text(f"INSERT INTO {SHARING_SCHEMA}.desk "
                         "(login, kind, name, added_at, joined_at, revoked_at) VALUES "
                         "(:login, :kind, :name, coalesce(CAST(:added_at AS timestamptz), now()), "
                         "CAST(:joined_at AS timestamptz), CAST(:revoked_at AS timestamptz))"),
                    {key: desk.get(key) for key in
                     ("login", "kind", "name", "added_at", "joined_at", "revoked_at")},
                )
            apply_grants(connection)
    finally:
        engine.dispose()
    return back


def _set_verifier(connection, login: str, verifier: str) -> None:  # type: ignore[no-untyped-def]
    """The desk's login with its password verifier as it was (PostgreSQL takes a SCRAM verifier
    for a password), so the password the desk keeps works; quoted by psycopg itself."""
    from psycopg import sql

    raw = connection.connection.driver_connection
    raw.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(verifier)))
