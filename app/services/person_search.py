"""Finding people as the agent types: one function, FTS5 when SQLite has it, LIKE otherwise.

The `person_search` table holds one row per person (`person_id` = `person.id.hex`, `terms` =
`app.search_terms.person_terms(...)`); `index_person` keeps it right in the caller's
transaction, so a person and their index row are written (or rolled back) together.
"""

import uuid
from functools import cache

from sqlalchemy import String, column, text
from sqlmodel import Session, col, or_, select

from app.db.queries import person_search_is_full_text
from app.permissions import Actor, Permission, require
from app.search_terms import person_terms, query_words
from models import Person

_FTS_IDS = (
    text("SELECT person_id FROM person_search WHERE person_search MATCH :m")
    .columns(column("person_id", String))
    .subquery()
    .select()
)


def uses_fts(session: Session) -> bool:
    """True when `person_search` is an FTS5 table (SQLite); LIKE on the terms otherwise."""
    return person_search_is_full_text(session)


def terms_of(person: Person) -> str:
    return person_terms(person.first_name, person.last_name, person.phone)


def index_person(session: Session, person: Person, *, new: bool = False) -> None:
    """Write the person's search terms (column and index row) in the current transaction."""
    person.search_text = terms_of(person)
    session.add(person)
    if not new:
        unindex_person(session, person.id)
    session.exec(  # type: ignore[call-overload]
        text("INSERT INTO person_search (person_id, terms) VALUES (:pid, :terms)"),
        params={"pid": person.id.hex, "terms": person.search_text},
    )


def unindex_person(session: Session, person_id: uuid.UUID) -> None:
    session.exec(  # type: ignore[call-overload]
        text("DELETE FROM person_search WHERE person_id = :pid"), params={"pid": person_id.hex}
    )


def fts_match_expression(words: list[str], *, prefix: bool = True, any_word: bool = False) -> str:
    """An FTS5 MATCH string: every word as a quoted (prefix) token, all required by default."""
    star = "*" if prefix else ""
    tokens = [f'"{w}"{star}' for w in words if w and '"' not in w]
    return (" OR " if any_word else " ").join(tokens)


def matching_ids(session: Session, words: list[str], *, prefix: bool, any_word: bool) -> set[str]:
    """Hex ids of the people whose terms match the words (index only, no person rows)."""
    if not words:
        return set()
    if uses_fts(session):
        rows = session.exec(  # type: ignore[call-overload]
            text("SELECT person_id FROM person_search WHERE person_search MATCH :m"),
            params={"m": fts_match_expression(words, prefix=prefix, any_word=any_word)},
        )
        return {row[0] for row in rows}
    clauses = [_like_clause(w, prefix) for w in words]
    condition = or_(*clauses) if any_word else clauses[0]
    statement = select(Person.id).where(condition)
    if not any_word:
        for clause in clauses[1:]:
            statement = statement.where(clause)
    return {pid.hex for pid in session.exec(statement)}


def _like_clause(word: str, prefix: bool):  # type: ignore[no-untyped-def]
    column = col(Person.search_text)
    if prefix:
        return or_(column.like(f"{word}%"), column.like(f"% {word}%"))
    return or_(
        column == word,
        column.like(f"{word} %"),
        column.like(f"% {word}"),
        column.like(f"% {word} %"),
    )


# Above this many index matches, walking the files from the most recent one finds the 20
# newest matches sooner than sorting every match (one letter typed matches thousands).
RECENCY_WALK_FROM = 300


def count_matches(session: Session, words: list[str]) -> int:
    """How many index rows match every word as a prefix (cheap with FTS5)."""
    return session.exec(  # type: ignore[call-overload]
        text("SELECT count(*) FROM person_search WHERE person_search MATCH :m"),
        params={"m": fts_match_expression(words)},
    ).scalar_one()


def search_people(session: Session, actor: Actor, query: str, limit: int = 20) -> list[Person]:
    """People whose name words or phone digits start with what was typed, most recent first.

    Case, accents, apostrophes and hyphens do not matter ("helene" finds Hélène, "jean ed"
    finds Jean-Édouard, "0612" finds 06 12 …). Merged and anonymised files are left out.
    """
    require(actor, Permission.READ_PEOPLE)
    words = query_words(query)
    if not words:
        return []
    if uses_fts(session):
        match = fts_match_expression(words)
        if count_matches(session, words) < RECENCY_WALK_FROM:
            return list(session.scalars(_FTS_SEARCH, params={"m": match, "limit": limit}))
        params: dict[str, object] = {"limit": limit}
        for index, word in enumerate(words):
            params[f"w{index}"], params[f"s{index}"] = f"{word}%", f"% {word}%"
        return list(session.scalars(_walk_search(len(words)), params=params))
    # no FTS5 (another database): the same walk, written portably
    statement = select(Person).where(
        col(Person.merged_into_id).is_(None), col(Person.anonymised_at).is_(None)
    )
    for word in words:
        statement = statement.where(_like_clause(word, True))
    statement = statement.order_by(col(Person.last_activity_at).desc()).limit(limit)
    return list(session.exec(statement))


_LIVE = "merged_into_id IS NULL AND anonymised_at IS NULL"
_FTS_SEARCH = select(Person).from_statement(
    text(
        "SELECT * FROM person WHERE id IN "
        "(SELECT person_id FROM person_search WHERE person_search MATCH :m) "
        f"AND {_LIVE} ORDER BY last_activity_at DESC LIMIT :limit"
    )
)


@cache
def _walk_search(word_count: int):  # type: ignore[no-untyped-def]
    """Files from the most recent, keeping those with a term starting with each word."""
    likes = " AND ".join(
        f"(search_text LIKE :w{i} OR search_text LIKE :s{i})" for i in range(word_count)
    )
    return select(Person).from_statement(
        text(
            f"SELECT * FROM person WHERE {_LIVE} AND {likes} "
            "ORDER BY last_activity_at DESC LIMIT :limit"
        )
    )
