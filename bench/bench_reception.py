"""Reception speed: person search per keystroke, saving a visit, opening the page with today's log.

Each figure has a floor measured in the same run: the same work as bare SQL on sqlite3.
"""

import os
import random
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from bench.common import row, time_ms

COUNT_SQL = "SELECT count(*) FROM person_search WHERE person_search MATCH ?"
SEARCH_SQL = (
    "SELECT * FROM person WHERE id IN "
    "(SELECT person_id FROM person_search WHERE person_search MATCH ?) "
    "AND merged_into_id IS NULL AND anonymised_at IS NULL "
    "ORDER BY last_activity_at DESC LIMIT 20"
)
WALK_SQL = (
    "SELECT * FROM person INDEXED BY ix_person_last_activity_at "
    "WHERE merged_into_id IS NULL AND anonymised_at IS NULL AND {likes} "
    "ORDER BY last_activity_at DESC LIMIT 20"
)


def typed_prefixes(people) -> list[str]:  # type: ignore[no-untyped-def]
    """What agents type, one keystroke at a time, for (first name, last name, phone) rows: name
    prefixes, "first last", phone digits."""
    from app.search_terms import words

    typed: list[str] = []
    for index, (first, last, phone) in enumerate(people):
        target = [
            " ".join(words(last)) or first,
            f"{first} {last}",
            "".join(ch for ch in phone if ch.isdigit()) or first,
        ][index % 3]
        typed += [target[:length] for length in range(1, min(len(target), 8) + 1)]
    return [text for text in typed if text.strip()]


def _keystrokes(db: Path, count: int = 40) -> list[str]:
    connection = sqlite3.connect(db)
    people = connection.execute(
        "SELECT first_name, last_name, phone FROM person ORDER BY random() LIMIT ?", (count,)
    ).fetchall()
    connection.close()
    return typed_prefixes(people)


def _context(db: Path):  # type: ignore[no-untyped-def]
    from app.db import make_engine

    return _agent_context(make_engine(db), db)


def _agent_context(engine, target):  # type: ignore[no-untyped-def]
    """An agent of the site on `engine` (an SQLite file or a server): engine, actor, desk."""
    from sqlmodel import select

    from app.context import DeskContext
    from app.db import read_session
    from app.services.sites import actor_for, current_site
    from models import Agent
    from models.enums import Role

    with read_session(engine) as session:
        site = current_site(session)
        agent = session.exec(
            select(Agent).where(Agent.site_id == site.id, Agent.role == Role.AGENT.value)
        ).first()
        actor = actor_for(agent)
        ctx = DeskContext(
            engine=engine,
            target=target,
            site_id=site.id,
            site_name=site.name,
            actor=actor,
            agent_name=agent.name,
        )
    return engine, actor, ctx


def measure_search(db: Path) -> dict:
    from app.db import read_session
    from app.search_terms import query_words
    from app.services.person_search import (
        RECENCY_WALK_FROM,
        fts_match_expression,
        search_people,
    )

    engine, actor, _ = _context(db)
    typed = _keystrokes(db)
    iterator = iter(typed * 2)

    def app_search() -> None:
        with read_session(engine) as session:
            search_people(session, actor, next(iterator))

    samples = time_ms(app_search, repeat=len(typed), warmup=len(typed) // 4)
    raw = sqlite3.connect(db)
    raw_iter = iter(typed * 2)

    def raw_search() -> None:
        words = query_words(next(raw_iter))
        match = fts_match_expression(words)
        if not match:
            return
        if raw.execute(COUNT_SQL, (match,)).fetchone()[0] < RECENCY_WALK_FROM:
            raw.execute(SEARCH_SQL, (match,)).fetchall()
            return
        likes = " AND ".join("(search_text LIKE ? OR search_text LIKE ?)" for _ in words)
        params = [p for w in words for p in (f"{w}%", f"% {w}%")]
        raw.execute(WALK_SQL.format(likes=likes), params).fetchall()

    floor = time_ms(raw_search, repeat=len(typed), warmup=len(typed) // 4)
    raw.close()
    engine.dispose()
    return row("person_search", samples, goal=10.0, floor=floor)


def measure_visit_save(db: Path, repeat: int = 200) -> dict:
    from app.db import write_session
    from app.services.visits import VisitFields, log_visit

    engine, actor, _ = _context(db)
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    person_ids = [
        uuid.UUID(hex=r[0]) for r in raw.execute("SELECT id FROM person LIMIT 500").fetchall()
    ]
    themes = ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"]
    rng = random.Random(7)

    def app_save() -> None:
        with write_session(engine) as session:
            log_visit(session, actor, VisitFields(themes=themes), rng.choice(person_ids))

    samples = time_ms(app_save, repeat=repeat, warmup=10)

    def raw_save() -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        person = rng.choice(person_ids).hex
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO visit (id, site_id, agent_id, person_id, occurred_at, channel, kind, "
            "themes, outcome, note, age_band, gender, commune, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'accueil-spontane', 'accueil', ?, '', '', '', '', '', ?, ?)",
            (
                uuid.uuid4().hex,
                actor.site_id.hex,
                actor.agent_id.hex,
                person,
                now,
                '["' + themes[0] + '"]',
                now,
                now,
            ),
        )
        raw.execute("UPDATE person SET last_activity_at = ? WHERE id = ?", (now, person))
        raw.execute("COMMIT")

    floor = time_ms(raw_save, repeat=repeat, warmup=10)
    raw.close()
    engine.dispose()
    return row("visit_save", samples, goal=5.0, floor=floor)


def page_open_samples(ctx, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Opening the Accueil page as the desk does (today's log and its count, then painted), in
    ms, on the context's database, whichever engine it is on."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import get_application
    from ui.pages.accueil import AccueilPage

    app = get_application("fr")

    def open_page() -> None:
        page = AccueilPage(ctx)
        page.resize(1200, 760)
        page.refresh()
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    return time_ms(open_page, repeat=repeat, warmup=2)


def measure_page_open(db: Path, repeat: int = 15) -> dict:
    from app.clock import day_bounds, local_today

    engine, actor, ctx = _context(db)
    samples = page_open_samples(ctx, repeat)
    start, end = (moment.strftime("%Y-%m-%d %H:%M:%S.%f") for moment in day_bounds(local_today()))
    raw = sqlite3.connect(db)

    def raw_log() -> None:
        raw.execute(
            "SELECT v.*, p.first_name, p.last_name, a.name "
            "FROM visit v INDEXED BY ix_visit_occurred_at "
            "LEFT JOIN person p ON p.id = v.person_id LEFT JOIN agent a ON a.id = v.agent_id "
            "WHERE v.site_id = ? AND v.kind = 'accueil' AND v.occurred_at >= ? "
            "AND v.occurred_at < ? ORDER BY v.occurred_at DESC",
            (actor.site_id.hex, start, end),
        ).fetchall()

    floor = time_ms(raw_log, repeat=repeat, warmup=2)
    raw.close()
    engine.dispose()
    return row("accueil_open", samples, goal=150.0, floor=floor)


def measure_visit_form_open(db: Path, repeat: int = 15) -> dict:
    """Opening the visit form: the site's most used themes come from its last 1,000 visits."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import get_application
    from ui.dialogs.visit_form import VisitFormDialog

    app = get_application("fr")
    engine, actor, ctx = _context(db)

    def open_form() -> None:
        dialog = VisitFormDialog(ctx)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    samples = time_ms(open_form, repeat=repeat, warmup=2)
    raw = sqlite3.connect(db)

    def raw_themes() -> None:
        raw.execute(
            "SELECT themes FROM visit INDEXED BY ix_visit_occurred_at "
            "WHERE site_id = ? AND kind = 'accueil' ORDER BY occurred_at DESC LIMIT 1000",
            (actor.site_id.hex,),
        ).fetchall()

    floor = time_ms(raw_themes, repeat=repeat, warmup=2)
    raw.close()
    engine.dispose()
    return row("visit_form_open", samples, goal=150.0, floor=floor)


def measure(small_db: Path, large_db: Path) -> list[dict]:
    """The reception figures on the large database (the one the goals are set for)."""
    return [
        measure_search(large_db),
        measure_visit_save(large_db),
        measure_page_open(large_db),
        measure_visit_form_open(large_db),
    ]


if __name__ == "__main__":
    import shutil
    import sys

    from bench.common import scratch_copy

    large = scratch_copy(Path(sys.argv[1]))
    try:
        for entry in measure(large, large):
            print(entry)
    finally:
        shutil.rmtree(large.parent, ignore_errors=True)
