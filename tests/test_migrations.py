"""Migrations: every old database reaches the newest schema with all its rows, safely.

One fixture database per schema version lives in tests/fixtures/ (schema_0001.sqlite, made by
make_schema_0001.py); a later version adds its own fixture and is picked up here.
"""

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, MetaData, String
from sqlmodel import SQLModel, select

import models
from app import migrate
from app.db import open_database, read_session
from app.services.agents import pin_matches
from tests.fixtures import make_schema_0001

pytestmark = pytest.mark.pg_server  # run again on an older PostgreSQL in CI
FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_*.sqlite"))
SEARCH_INDEX = "person_search"  # FTS5 virtual table and its shadow tables: not in the models
TRIGRAM_INDEX = "ix_person_search_text_trgm"  # PostgreSQL's index for the same search

Snapshot = dict[str, dict[tuple, dict]]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, as SQLite stores it, keyed by primary key."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if not row[0].startswith(SEARCH_INDEX) and row[0] != "alembic_version"
        ]
        data: Snapshot = {}
        for table in tables:
            info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [column[1] for column in info]
            key_columns = [column[1] for column in info if column[5]] or columns
            rows = {}
            for values in connection.execute(f'SELECT * FROM "{table}"'):
                row = dict(zip(columns, values, strict=True))
                rows[tuple(row[c] for c in key_columns)] = row
            data[table] = rows
        data[SEARCH_INDEX] = {
            (row[0],): {"person_id": row[0], "terms": row[1]}
            for row in connection.execute(f"SELECT person_id, terms FROM {SEARCH_INDEX}")
        }
        return data
    finally:
        connection.close()


def lost_or_changed(before: Snapshot, after: Snapshot) -> list[str]:
    """What the migration lost or altered: missing tables, rows or columns, changed values."""
    problems = []
    for table, rows in before.items():
        if table not in after:
            problems.append(f"table {table} is gone")
            continue
        for key, row in rows.items():
            new = after[table].get(key)
            if new is None:
                problems.append(f"{table} {key}: row is gone")
                continue
            for column, value in row.items():
                if column not in new:
                    problems.append(f"{table} {key}: column {column} is gone")
                elif new[column] != value:
                    problems.append(f"{table} {key}.{column}: {value!r} became {new[column]!r}")
    return problems


def schema_differences(engine, metadata: MetaData = SQLModel.metadata) -> list:
    def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
        table = obj if type_ == "table" else getattr(obj, "table", None)
        table_name = getattr(table, "name", name) or ""
        return not table_name.startswith(SEARCH_INDEX) and name != TRIGRAM_INDEX

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                "include_object": include_object,
            },
        )
        return compare_metadata(context, metadata)


@pytest.fixture(params=FIXTURES, ids=[p.stem for p in FIXTURES])
def old_database(request, tmp_path) -> Path:
    copy = tmp_path / request.param.name
    shutil.copyfile(request.param, copy)
    return copy


def test_there_is_a_fixture_for_the_first_schema():
    assert [p.name for p in FIXTURES][:1] == ["schema_0001.sqlite"]


def test_an_old_database_reaches_the_newest_schema_with_every_row(old_database):
    before = snapshot(old_database)
    assert sum(len(rows) for rows in before.values()) > 30
    engine = open_database(old_database)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert schema_differences(engine) == []
        # every table can be read through today's models
        with read_session(engine) as session:
            for model in (getattr(models, name) for name in models.__all__):
                if isinstance(model, type) and issubclass(model, SQLModel):
                    session.exec(select(model)).all()
    finally:
        engine.dispose()
    after = snapshot(old_database)
    assert lost_or_changed(before, after) == []
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table


def test_the_first_fixture_reads_back_through_the_models(tmp_path):
    path = tmp_path / "schema_0001.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    engine = open_database(path)
    try:
        with read_session(engine) as session:
            names = {person.first_name: person for person in session.exec(select(models.Person))}
            assert names["Hélène"].last_name == "Bréhat-Ségalen"
            assert names["Hélène"].situation == [
                "familles-enfants",
                "personnes-en-situation-durgence",
            ]
            assert names["Helene"].merged_into_id == names["Hélène"].id
            assert names["Jean-Édouard"].last_name == "N'Diaye"
            assert names["Personne anonymisée"].anonymised_at is not None
            coordinator = session.exec(
                select(models.Agent).where(models.Agent.role == "coordinator")
            ).one()
            assert coordinator.name == "Hélène Le Gall"
            assert coordinator.pin_hash.startswith("$argon2id$")
            assert pin_matches(coordinator, make_schema_0001.FIXTURE_PIN)
            footer = session.get(models.Setting, "sheet_footer")
            assert footer is not None and footer.value["uk"] == "Дякуємо!"
            service = session.exec(
                select(models.Service).where(models.Service.external_id == "dora--svc-0001")
            ).one()
            assert service.documents_to_bring == ["Pièce d'identité", "Avis d'imposition"]
            assert service.opening_hours == "Mo-Fr 08:30-12:30,13:30-16:30; PH off"
            closure = session.exec(select(models.ServiceClosure)).one()
            assert closure.message.startswith("Fermeture d'été")
            kilos = sorted(d.kg for d in session.exec(select(models.Donation)))
            assert kilos == [3.25, 12.5]
            events = session.exec(select(models.ReferralEvent)).all()
            assert len(events) == 3
            site = session.exec(select(models.Site)).one()
            assert site.logo_png == b"\x89PNG\r\n\x1a\n-faux-logo-"
    finally:
        engine.dispose()


def test_the_check_sees_a_lost_row_and_a_changed_value(old_database):
    before = snapshot(old_database)
    connection = sqlite3.connect(old_database)
    connection.execute("UPDATE person SET last_name = 'Dupont' WHERE first_name = 'Zoé'")
    connection.execute("DELETE FROM donation WHERE kg = 3.25")
    connection.commit()
    connection.close()
    problems = lost_or_changed(before, snapshot(old_database))
    assert len(problems) == 2
    assert any("'Œuvray' became 'Dupont'" in problem for problem in problems)
    assert any(problem.startswith("donation") and "row is gone" in problem for problem in problems)


def test_a_new_database_matches_the_models(fresh_target):
    """The same history, run from empty, builds what the models say (on either engine)."""
    engine = open_database(fresh_target)
    try:
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


def test_the_schema_check_sees_a_column_without_migration(fresh_target):
    engine = open_database(fresh_target)
    metadata = MetaData(naming_convention=SQLModel.metadata.naming_convention)
    for table in SQLModel.metadata.tables.values():
        table.to_metadata(metadata)
    metadata.tables["site"].append_column(Column("motto", String(100), nullable=True))
    try:
        differences = schema_differences(engine, metadata)
    finally:
        engine.dispose()
    assert [d[0] for d in differences] == ["add_column"]
    assert differences[0][3].name == "motto"


def _migrations_with_an_extra_revision(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    header = textwrap.dedent(
        f"""\
        import sqlalchemy as sa
        from alembic import op

        revision = "9999"
        down_revision = "{migrate.head_revision()}"
        branch_labels = None
        depends_on = None


        def upgrade():
        """
    )
    code = header + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\n"
    (folder / "versions" / "9999_extra.py").write_text(code, encoding="utf-8")
    return folder


def _copies_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.avant-migration-*"))


def test_an_older_database_is_copied_aside_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "bureau.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    old_revision = "0001"
    body = """
        with op.batch_alter_table("site") as batch_op:
            batch_op.add_column(sa.Column("motto", sa.String(100), nullable=True))
    """
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", _migrations_with_an_extra_revision(tmp_path, body)
    )
    before = snapshot(path)
    engine = open_database(path)
    try:
        assert migrate.current_revision(engine) == "9999"
    finally:
        engine.dispose()
    copies = _copies_aside(path)
    assert len(copies) == 1
    assert f"avant-migration-{old_revision}" in copies[0].name
    assert lost_or_changed(before, snapshot(copies[0])) == []
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_revision,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    assert lost_or_changed(before, snapshot(path)) == []


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "bureau.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    body = """
        with op.batch_alter_table("site") as batch_op:
            batch_op.add_column(sa.Column("motto", sa.String(100), nullable=True))
        op.execute("UPDATE person SET last_name = 'perdu'")
        raise RuntimeError("coupure de courant simulée")
    """
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", _migrations_with_an_extra_revision(tmp_path, body)
    )
    before = snapshot(path)
    with pytest.raises(RuntimeError):
        open_database(path)
    assert lost_or_changed(before, snapshot(path)) == []
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        columns = [row[1] for row in connection.execute("PRAGMA table_info(site)")]
        assert "motto" not in columns
    finally:
        connection.close()
    assert len(_copies_aside(path)) == 1


def test_no_copy_for_a_new_or_current_database(tmp_path):
    path = tmp_path / "neuve.sqlite"
    open_database(path).dispose()
    open_database(path).dispose()
    assert _copies_aside(path) == []


def test_the_quick_head_check_agrees_with_alembic():
    assert migrate.quick_head_revision() == migrate.head_revision()


def test_an_up_to_date_database_opens_without_loading_alembic(db_path):
    import subprocess
    import sys

    probe = (
        "import sys; from app.db import open_database; "
        f"open_database({str(db_path)!r}); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False"


def test_existing_rows_get_edit_counter_one(old_database):
    """0003: every row of what two desks may edit starts at version 1, and a save raises it."""
    engine = open_database(old_database)
    try:
        with read_session(engine) as session:
            for model in (models.Person, models.Referral, models.Service, models.Organization,
                          models.Setting):  # fmt: skip
                rows = session.exec(select(model)).all()
                assert rows and {row.version for row in rows} == {1}, model.__name__
        from app.db import write_session

        with write_session(engine) as session:
            person = session.exec(select(models.Person)).first()
            person.commune = "Redon"
            person_id = person.id
        with read_session(engine) as session:
            assert session.get(models.Person, person_id).version == 2
    finally:
        engine.dispose()


def test_services_imported_before_0005_are_still_not_edited_here(tmp_path):
    """0005: a fingerprint the setting kept (it counted the edit counter) that still matches
    its service is carried to the service's column; one that does not stays a conflict."""
    import hashlib
    import json
    import uuid

    from alembic import command
    from sqlalchemy import create_engine

    from app.services.imported_services import edited_here

    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES[0], path)
    config = migrate.alembic_config()
    old = create_engine(f"sqlite:///{path}")
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    raw = sqlite3.connect(path)
    raw.row_factory = sqlite3.Row
    rows = raw.execute("SELECT * FROM service ORDER BY name").fetchall()
    assert len(rows) >= 2
    skipped = {"id", "organization_id", "source", "external_id", "active", "created_at",
               "updated_at"}  # fmt: skip

    def old_fingerprint(row) -> str:  # as the setting kept it: typed values, version included
        values = {}
        for name in row.keys():
            if name in skipped:
                continue
            value = row[name]
            if isinstance(value, str) and value.startswith("["):
                value = json.loads(value)
            if name == "wheelchair_access" and value is not None:
                value = bool(value)
            if value in (None, "", []):
                value = None
            elif isinstance(value, float):
                value = round(value, 6)
            elif isinstance(value, list):
                value = [str(item) for item in value]
            values[name] = value
        text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    untouched, edited = rows[0], rows[1]
    kept = {
        str(uuid.UUID(untouched["id"])): old_fingerprint(untouched),
        str(uuid.UUID(edited["id"])): "0" * 32,
    }
    raw.execute("DELETE FROM setting WHERE key = 'directory_imports'")
    raw.execute(
        "INSERT INTO setting (key, value, updated_at, version) VALUES (?, ?, ?, 1)",
        ("directory_imports", json.dumps(kept), "2026-12-01 00:00:00"),
    )
    raw.commit()
    raw.close()
    old.dispose()
    engine = open_database(path)
    try:
        with read_session(engine) as session:
            first = session.get(models.Service, uuid.UUID(untouched["id"]))
            second = session.get(models.Service, uuid.UUID(edited["id"]))
            assert not edited_here(session, first)
            assert edited_here(session, second)
    finally:
        engine.dispose()
