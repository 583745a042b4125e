"""A realistic fictional dataset for trying the app, screenshots and benchmarks.

`write_demo` fills a new database: one Point Accueil Emploi, its staff (PIN 1234), the partner
directory of the Redon area, people, 24 months of visits, till clicks, donations and referrals
with their history. The same seed and `now` always give the same data.

The big tables are written with plain `executemany` on the SQLite connection, in the same
transaction as the site created through the services, and stored exactly as the ORM stores
them: UUIDs as 32 hex digits, UTC times as "YYYY-MM-DD HH:MM:SS.ffffff", JSON arrays.
"""

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Engine

from app import demo_data as data
from app.clock import LOCAL_TZ, local_today, utcnow
from app.errors import UserError
from app.i18n import translate
from app.search_terms import person_terms
from models.enums import (
    DEFAULT_DONATION_CATEGORIES,
    AgeBand,
    Channel,
    Gender,
    ReferralChannel,
    ReferralStatus,
    RefusalReason,
    SheetLanguage,
    VisitKind,
    VisitOutcome,
)

DEMO_PIN = "1234"
MONTHS = 24


@dataclass(frozen=True)
class DemoSize:
    people: int
    visits: int
    referrals: int
    services: int


SIZES = {
    "small": DemoSize(people=300, visits=5_000, referrals=800, services=60),
    "large": DemoSize(people=20_000, visits=500_000, referrals=100_000, services=2_000),
}

# Share of the visits: reception with a known person, anonymous reception, till clicks.
PERSON_SHARE = 0.5
ANONYMOUS_SHARE = 0.15


def _stamp(moment: datetime) -> str:
    """An aware UTC time as SQLAlchemy's DateTime stores it on SQLite (no offset)."""
    return moment.isoformat(" ", "microseconds")[:26]


class _Ids:
    """Deterministic version-4 UUIDs, as the 32 hex digits the Uuid column stores."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> str:
        n = self._bits(128) & ~(0xF000 << 64) & ~(0xC000 << 48) | (0x4000 << 64) | (0x8000 << 48)
        return f"{n:032x}"


def database_has_data(db_path: Path) -> bool:
    """True if the file exists and holds a site, a person or a service."""
    import sqlite3

    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        for table in ("site", "person", "service", "visit"):
            if table in tables and connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return True
        return False
    finally:
        connection.close()


def write_demo(
    db_path: Path, size: str = "small", seed: int = 42, now: datetime | None = None
) -> dict[str, int]:
    """Write the demo dataset into a new database file; returns the number of rows per table."""
    from app.db import check_sqlite_file, open_database

    if size not in SIZES:
        raise UserError(
            translate("Demo", "Unknown size “%1”: choose small or large.").replace("%1", size)
        )
    db_path = Path(db_path)
    check_sqlite_file(db_path)
    if database_has_data(db_path):
        raise UserError(
            translate(
                "Demo", "“%1” already holds data: give the name of a new file for the demo."
            ).replace("%1", str(db_path))
        )
    now = (now or utcnow()).astimezone(UTC)
    engine = open_database(db_path)
    try:
        return _fill(engine, SIZES[size], random.Random(seed), now)
    finally:
        engine.dispose()


def _fill(engine: Engine, size: DemoSize, rng: random.Random, now: datetime) -> dict[str, int]:
    from sqlmodel import Session

    engine.dispose()  # the migration's connections: ours must be the only one
    with engine.connect() as connection:
        sqlite = connection.connection.driver_connection
        # A new file that nobody else uses: a rollback journal writes each page once (WAL
        # writes it twice) and durability can wait for the end. Both come back at the end.
        sqlite.execute("PRAGMA journal_mode=DELETE")
        sqlite.execute("PRAGMA synchronous=OFF")
        sqlite.execute("PRAGMA cache_size=-100000")
        try:
            connection.execution_options(sqlite_begin="IMMEDIATE")
            with Session(bind=connection, expire_on_commit=False) as session:
                writer = _DemoWriter(session, sqlite.cursor(), size, rng, now)
                counts = writer.write()
                session.commit()
        finally:
            sqlite.execute("PRAGMA synchronous=FULL")
            sqlite.execute("PRAGMA journal_mode=WAL")
    return counts


def _weighted(rng: random.Random, items: Sequence, weights: Sequence[float], k: int) -> list:
    return rng.choices(items, weights=weights, k=k)


class _DemoWriter:
    """Generates and inserts every table, in foreign-key order."""

    def __init__(self, session, cursor, size: DemoSize, rng: random.Random, now: datetime) -> None:  # type: ignore[no-untyped-def]
        self.session = session
        self.cursor = cursor
        self.size = size
        self.rng = rng
        self.now = now
        self.today = local_today(now)
        self.new_id = _Ids(rng)
        self.counts: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------------------------
    def insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        self.cursor.executemany(sql, rows)
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def phone(self, prefix: str) -> str:
        r = self.rng.randrange
        return f"{prefix} {r(10, 100)} {r(10, 100)} {r(10, 100)} {r(10, 100)}"

    def write(self) -> dict[str, int]:
        self.write_site_and_staff()
        self.write_directory()
        self.make_people()
        self.make_visits()
        self.write_people()
        self.write_visits()
        self.write_referrals()
        self.write_donations()
        return dict(sorted(self.counts.items()))

    # -- site, staff, till buttons (through the ORM, like the first-run wizard) -------------
    def write_site_and_staff(self) -> None:
        from app.services.sites import create_first_site
        from models import Agent, TillButton
        from models.enums import SiteKind

        start = self.now - timedelta(days=MONTHS * 31 + 7)
        coordinator_name, _ = data.STAFF[0]
        site, coordinator = create_first_site(
            self.session,
            name="Point Accueil Emploi du Pays de Redon",
            kind=SiteKind.EMPLOYMENT_DESK.value,
            address="3 rue Charles Sillard",
            postal_code="35600",
            commune="Redon",
            phone="02 99 71 00 00",
            coordinator_name=coordinator_name,
            pin=DEMO_PIN,
        )
        site.created_at = start
        coordinator.created_at = start
        pin_hash = coordinator.pin_hash
        self.site_id = site.id.hex
        self.agents: list[str] = []
        self.volunteers: list[str] = []
        for name, role in data.STAFF[1:]:
            agent = Agent(
                site_id=site.id, name=name, role=role, pin_hash=pin_hash, created_at=start
            )
            self.session.add(agent)
            self.session.flush()
            (self.volunteers if role == "volunteer" else self.agents).append(agent.id.hex)
        self.agents.append(coordinator.id.hex)
        for position, (label, kind, colour) in enumerate(data.TILL_BUTTONS):
            self.session.add(
                TillButton(
                    site_id=site.id, label=label, kind_code=kind, colour=colour, position=position
                )
            )
        self.session.flush()
        self.counts.update(site=1, agent=len(data.STAFF), till_button=len(data.TILL_BUTTONS))

    # -- directory ---------------------------------------------------------------------------
    def write_directory(self) -> None:
        rng = self.rng
        stamp = _stamp(self.now - timedelta(days=400))
        organizations: dict[tuple[str, str], str] = {}
        org_rows: list[tuple] = []
        communes = [c for c in data.COMMUNES if c[0] != "Redon"]

        def organization(key: str, commune: tuple[str, str, int] | None) -> str:
            name, town, address = data.ORGANIZATIONS[key]
            postal = next(c[1] for c in data.COMMUNES if c[0] == town)
            if commune is not None:
                name, town, postal = f"{name} – antenne de {commune[0]}", commune[0], commune[1]
                address = f"{rng.randrange(1, 40)} {rng.choice(data.STREETS)}"
            found = organizations.get((key, town))
            if found:
                return found
            org_id = self.new_id()
            organizations[(key, town)] = org_id
            slug = key.replace("_", "-")
            org_rows.append(
                (org_id, name, "", "", address, postal, town, self.phone("02"),
                 f"contact@{slug}.exemple.fr", f"https://{slug}.exemple.fr", "demo",
                 f"demo-org-{len(org_rows) + 1}", 1, stamp, stamp)
            )  # fmt: skip
            return org_id

        service_rows: list[tuple] = []
        closure_rows: list[tuple] = []
        self.services: list[tuple[str, list[str]]] = []
        templates = data.SERVICES
        for index in range(self.size.services):
            key, name, kind, themes, publics, fees, fees_details, description = templates[
                index % len(templates)
            ]
            commune = None if index < len(templates) else communes[index % len(communes)]
            org_id = organization(key, commune)
            _, town, address = data.ORGANIZATIONS[key]
            postal = next(c[1] for c in data.COMMUNES if c[0] == town)
            if commune is not None:
                town, postal = commune[0], commune[1]
                address = f"{rng.randrange(1, 40)} {rng.choice(data.STREETS)}"
            service_id = self.new_id()
            self.services.append((service_id, themes))
            documents = rng.sample(data.DOCUMENTS, rng.choice((0, 1, 1, 2, 3)))
            accueil = ["en-presentiel"] + (["a-distance"] if rng.random() < 0.3 else [])
            mobilisation = rng.sample(["se-presenter", "telephoner", "envoyer-un-courriel"], 2)
            verified = self.today - timedelta(days=rng.choice((5, 30, 90, 200, 300, 420, 600)))
            slug = key.replace("_", "-")
            service_rows.append(
                (service_id, org_id, name, description, kind, json.dumps(themes),
                 json.dumps(publics), "", fees, fees_details, rng.choice(data.ACCESS_CONDITIONS),
                 json.dumps(documents), json.dumps(accueil), json.dumps(mobilisation),
                 rng.choice(("", "Appeler de préférence le matin.", "Venir avec ses papiers.")),
                 address, postal, town, round(47.65 + rng.uniform(-0.12, 0.12), 5),
                 round(-2.08 + rng.uniform(-0.15, 0.15), 5), self.phone("02"),
                 f"accueil@{slug}.exemple.fr", f"https://{slug}.exemple.fr",
                 f"{rng.choice(data.FIRST_NAMES_WOMEN + data.FIRST_NAMES_MEN)} "
                 f"{rng.choice(data.LAST_NAMES)}",
                 rng.choice(data.OPENING_HOURS), "",
                 json.dumps(["fr"] + (["en"] if rng.random() < 0.2 else [])),
                 rng.choice((1, 1, 0, None)), verified.isoformat(), "demo",
                 f"demo-service-{index + 1}", 1, stamp, stamp)
            )  # fmt: skip
            if index % 9 == 4:  # about one in nine services has a closure: current, coming or past
                shift = (-5, 10, -60)[(index // 9) % 3]
                starts = self.today + timedelta(days=shift)
                closure_rows.append(
                    (self.new_id(), service_id, starts.isoformat(),
                     (starts + timedelta(days=rng.choice((7, 14, 21)))).isoformat(),
                     rng.choice(data.CLOSURE_MESSAGES))
                )  # fmt: skip
        self.insert(
            "organization",
            ("id", "name", "siret", "description", "address", "postal_code", "commune", "phone",
             "email", "website", "source", "external_id", "active", "created_at", "updated_at"),
            org_rows,
        )  # fmt: skip
        self.insert(
            "service",
            ("id", "organization_id", "name", "description", "type", "themes", "publics",
             "publics_details", "fees", "fees_details", "access_conditions", "documents_to_bring",
             "modes_accueil", "modes_mobilisation", "mobilisation_details", "address",
             "postal_code", "commune", "latitude", "longitude", "phone", "email", "website",
             "contact_name", "opening_hours", "opening_hours_details", "languages",
             "wheelchair_access", "last_verified_on", "source", "external_id", "active",
             "created_at", "updated_at"),
            service_rows,
        )  # fmt: skip
        self.insert(
            "service_closure", ("id", "service_id", "starts_on", "ends_on", "message"), closure_rows
        )

    # -- people ------------------------------------------------------------------------------
    def make_people(self) -> None:
        """Who the people are; their rows are written once their first and last visits are known."""
        rng = self.rng
        publics = [
            "demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "familles", "femmes",
            "actifs", "personnes-en-situation-de-handicap", "personnes-exilees",
            "residents-qpv-frr", "personnes-en-situation-durgence", "etudiants",
        ]  # fmt: skip
        n = self.size.people
        communes = _weighted(rng, data.COMMUNES, [c[2] for c in data.COMMUNES], n)
        languages = _weighted(rng, ("fr", "en", "es", "uk", "ar"), (88, 3, 3, 3, 3), n)
        self.people: list[_DemoPerson] = []
        for i in range(n):
            woman = rng.random() < 0.55
            gender = Gender.WOMAN.value if woman else Gender.MAN.value
            if i % 97 == 13:
                gender = Gender.OTHER.value
            first = rng.choice(data.FIRST_NAMES_WOMEN if woman else data.FIRST_NAMES_MEN)
            age = rng.choice((17, 19, 22, 24, 28, 33, 38, 44, 51, 58, 63, 70)) + rng.randrange(5)
            flags = rng.sample(publics, rng.choice((0, 1, 1, 2, 3)))
            if age < 26:
                flags.append("jeunes")
            elif age >= 60:
                flags.append("seniors")
            self.people.append(
                _DemoPerson(
                    id=self.new_id(),
                    first_name=first,
                    last_name=rng.choice(data.LAST_NAMES),
                    birth_year=self.today.year - age,
                    gender=gender,
                    commune=communes[i][0],
                    postal_code=communes[i][1],
                    language=languages[i],
                    situation=flags,
                )
            )

    def write_people(self) -> None:
        rng = self.rng
        start = self.now - timedelta(days=MONTHS * 365 // 12)
        span = int((self.now - start).total_seconds())
        person_rows, search_rows = [], []
        for person in self.people:
            if person.first_seen is None:  # known from before, no visit in the period
                person.first_seen = person.last_seen = start + timedelta(
                    seconds=rng.randrange(span)
                )
            phone = self.phone(rng.choice(("06", "07"))) if rng.random() < 0.8 else ""
            email = ""
            if rng.random() < 0.35:
                local = "".join(ch for ch in fold_ascii(person.first_name) if ch.isalnum())
                email = f"{local}.{rng.randrange(10, 99)}@courriel.exemple.fr"
            notice = None if rng.random() < 0.08 else person.first_seen.astimezone(LOCAL_TZ).date()
            terms = person_terms(person.first_name, person.last_name, phone)
            created = _stamp(person.first_seen)
            person_rows.append(
                (person.id, self.site_id, person.first_name, person.last_name, person.birth_year,
                 person.postal_code, person.commune, phone, email, person.language,
                 json.dumps(person.situation), notice.isoformat() if notice else None, terms,
                 created, _stamp(person.last_seen),
                 _stamp(person.last_seen), None, None)
            )  # fmt: skip
            search_rows.append((person.id, terms))
        self.insert(
            "person",
            ("id", "site_id", "first_name", "last_name", "birth_year", "postal_code", "commune",
             "phone", "email", "preferred_language", "situation", "privacy_notice_given_on",
             "search_text", "created_at", "updated_at", "last_activity_at", "anonymised_at",
             "merged_into_id"),
            person_rows,
        )  # fmt: skip
        self.insert("person_search", ("person_id", "terms"), search_rows)

    # -- visits ------------------------------------------------------------------------------
    def open_days(self) -> tuple[list[date], list[float]]:
        """Days with their weights: none on Sundays, fewer on Saturdays, in August, at Christmas."""
        days, weights = [], []
        day = self.today - timedelta(days=MONTHS * 365 // 12)
        while day <= self.today:
            weekday = day.weekday()
            if weekday != 6 or day == self.today:  # today always, so the "today" screens have data
                weight = 0.5 if weekday == 5 else 1.0
                if day.month == 8:
                    weight *= 0.4
                elif day.month == 12 and day.day > 22:
                    weight *= 0.3
                days.append(day)
                weights.append(weight)
            day += timedelta(days=1)
        return days, weights

    def visit_times(self, count: int, today_count: int) -> list[datetime]:
        """Aware UTC times of `count` visits during opening hours, the first `today_count` today."""
        rng = self.rng
        days, weights = self.open_days()
        picked = _weighted(rng, days, weights, count)
        picked[:today_count] = [self.today] * min(today_count, count)
        midnight: dict[date, datetime] = {}
        random_ = rng.random
        times = []
        for day in picked:
            base = midnight.get(day)
            if base is None:
                base = datetime.combine(day, time(12), tzinfo=LOCAL_TZ)
                base = (base - timedelta(hours=12)).astimezone(UTC)
                midnight[day] = base
            draw = random_() * 7.5  # hours of opening: 9:00-12:30 and 13:30-17:30
            hours = 9 + draw if draw < 3.5 else 10 + draw
            moment = base + timedelta(hours=hours)
            if moment > self.now:  # a visit today, later than now: move it to earlier today
                earliest = max(base, self.now - timedelta(hours=8))
                span = max(int((self.now - earliest).total_seconds()), 1)
                moment = self.now - timedelta(seconds=rng.randrange(span))
            times.append(moment)
        return times

    def make_visits(self) -> None:
        rng = self.rng
        total = self.size.visits
        n_person = int(total * PERSON_SHARE)
        n_anonymous = int(total * ANONYMOUS_SHARE)
        n_till = total - n_person - n_anonymous
        today_share = max(4, total // 1500)
        theme_pool = [theme for service in data.SERVICES for theme in service[3]]
        staff = self.agents * 4 + self.volunteers
        channels = [c.value for c in Channel]
        channel_weights = (50, 25, 15, 5, 1, 2, 2)
        outcomes = [o.value for o in VisitOutcome if o is not VisitOutcome.REFERRAL]
        outcome_weights = (50, 25, 15, 10)
        bands = _age_bands()

        # reception visits of known people; some people come often, most once or twice
        person_weights = [rng.random() ** 3 + 0.02 for _ in self.people]
        visitors = _weighted(rng, self.people, person_weights, n_person)
        times = self.visit_times(n_person, today_share)
        referral_count = min(self.size.referrals, n_person)
        first_today = min(3, today_share, referral_count)  # the first visits are today's
        referred = set(range(first_today))
        referred.update(rng.sample(range(first_today, n_person), referral_count - first_today))
        self.visit_rows: list[tuple] = []
        self.referral_visits: list[tuple[str, _DemoPerson, datetime, str, tuple[str, list]]] = []
        agents = rng.choices(staff, k=n_person)
        picked_channels = _weighted(rng, channels, channel_weights, n_person)
        picked_outcomes = _weighted(rng, outcomes, outcome_weights, n_person)
        notes = rng.choices(data.VISIT_NOTES, k=n_person)
        first_themes = rng.choices(theme_pool, k=n_person)
        second_themes = rng.choices(theme_pool + [""] * len(theme_pool) * 2, k=n_person)
        encoded: dict[tuple[str, ...], str] = {}
        site_id, reception = self.site_id, VisitKind.RECEPTION.value
        new_id, services, rows = self.new_id, self.services, self.visit_rows
        for index, person in enumerate(visitors):
            moment = times[index]
            visit_id = new_id()
            agent = agents[index]
            if index in referred:
                service = rng.choice(services)
                themes = tuple(service[1][:2])
                outcome = VisitOutcome.REFERRAL.value
                self.referral_visits.append((visit_id, person, moment, agent, service))
            else:
                first, second = first_themes[index], second_themes[index]
                themes = (first, second) if second and second != first else (first,)
                outcome = picked_outcomes[index]
            themes_json = encoded.get(themes)
            if themes_json is None:
                themes_json = encoded[themes] = json.dumps(list(themes))
            if person.first_seen is None or moment < person.first_seen:
                person.first_seen = moment
            if person.last_seen is None or moment > person.last_seen:
                person.last_seen = moment
            age = moment.year - person.birth_year
            stamp = _stamp(moment)
            rows.append(
                (visit_id, site_id, agent, person.id, stamp, picked_channels[index], reception,
                 themes_json, outcome, notes[index], bands[min(max(age, 0), 120)],
                 person.gender, person.commune, stamp, stamp)
            )  # fmt: skip

        # anonymous reception visits: only the statistical snapshot
        band_values = [b.value for b in AgeBand] + [""]
        genders = [Gender.WOMAN.value, Gender.MAN.value, ""]
        communes = [c[0] for c in data.COMMUNES] + [""]
        anonymous_channels = (Channel.WALK_IN.value, Channel.WALK_IN.value, Channel.PHONE.value)
        given = VisitOutcome.INFORMATION_GIVEN.value
        for moment in self.visit_times(n_anonymous, today_share // 2):
            stamp = _stamp(moment)
            themes = (rng.choice(theme_pool),)
            themes_json = encoded.get(themes)
            if themes_json is None:
                themes_json = encoded[themes] = json.dumps(list(themes))
            rows.append(
                (new_id(), site_id, rng.choice(staff), None, stamp, rng.choice(anonymous_channels),
                 reception, themes_json, given, "", rng.choice(band_values), rng.choice(genders),
                 rng.choice(communes), stamp, stamp)
            )  # fmt: skip

        # till clicks: one per visitor, by the buttons' kind codes
        kinds = [button[1] for button in data.TILL_BUTTONS]
        till_kinds = _weighted(rng, kinds, (50, 25, 12, 8, 5), n_till)
        self.drop_offs: list[tuple[str, str, str]] = []
        till_staff = self.volunteers * 3 + self.agents[:1]
        empty = json.dumps([])
        till_agents = rng.choices(till_staff, k=n_till)
        till_times = self.visit_times(n_till, today_share)
        drop_off, walk_in = VisitKind.DROP_OFF.value, Channel.WALK_IN.value
        for kind, moment, agent in zip(till_kinds, till_times, till_agents, strict=True):
            visit_id = new_id()
            stamp = _stamp(moment)
            if kind == drop_off:
                self.drop_offs.append((visit_id, agent, stamp))
            rows.append(
                (visit_id, site_id, agent, None, stamp, walk_in, kind, empty, "", "", "", "", "",
                 stamp, stamp)
            )  # fmt: skip

    def write_visits(self) -> None:
        self.visit_rows.sort(key=lambda row: row[4])
        self.insert(
            "visit",
            ("id", "site_id", "agent_id", "person_id", "occurred_at", "channel", "kind", "themes",
             "outcome", "note", "age_band", "gender", "commune", "created_at", "updated_at"),
            self.visit_rows,
        )  # fmt: skip
        del self.visit_rows

    # -- referrals -----------------------------------------------------------------------------
    def referral_status(self, age: timedelta, forced: list[ReferralStatus]) -> ReferralStatus:
        if forced:
            return forced.pop(0)
        if age <= _FOLLOW_UP_WINDOW:
            return self.rng.choices(_RECENT_STATUSES, cum_weights=(3, 6, 9, 10, 11, 12))[0]
        return self.rng.choices(_OLD_STATUSES, cum_weights=(5, 7, 9, 10, 12))[0]

    def history(
        self, status: ReferralStatus, created: datetime, agent: str
    ) -> list[tuple[datetime, str | None, ReferralStatus, str]]:
        """The events that led to `status`: (time, agent, status, reason), in order."""
        rng = self.rng
        S = ReferralStatus
        span = self.now - created
        first = created + min(span * rng.uniform(0.1, 0.4), timedelta(days=6))
        second = first + min((self.now - first) * rng.uniform(0.1, 0.5), timedelta(days=20))
        sent = min(created + timedelta(minutes=rng.randrange(1, 30)), self.now)
        refusals = _REFUSALS
        steps = [(created, agent, S.PROPOSED, "")]
        if status is S.CANCELLED:
            return steps + [(first, agent, S.CANCELLED, "")]
        if status is S.PROPOSED:
            return steps
        steps.append((sent, agent, S.SENT, ""))
        if status is S.REFUSED:
            steps.append((first, None, S.REFUSED, rng.choice(refusals)))
        elif status is S.EXPIRED:
            steps.append((min(created + timedelta(days=30), self.now), None, S.EXPIRED, ""))
        elif status is not S.SENT:
            steps.append((first, rng.choice(self.agents), S.ACCEPTED, ""))
            if status is S.DONE:
                steps.append((second, rng.choice(self.agents), S.DONE, ""))
            elif status is S.UNSUCCESSFUL:
                steps.append(
                    (second, rng.choice(self.agents), S.UNSUCCESSFUL, rng.choice(refusals))
                )
        return steps

    def write_referrals(self) -> None:
        rng = self.rng
        S = ReferralStatus
        languages = {language.value for language in SheetLanguage}
        recent = [S.PROPOSED, S.SENT, S.ACCEPTED, S.REFUSED, S.DONE, S.CANCELLED, S.UNSUCCESSFUL]
        old = [S.EXPIRED, S.DONE, S.REFUSED, S.UNSUCCESSFUL, S.CANCELLED]
        due_today = 3
        referral_rows, event_rows = [], []
        for visit_id, person, visit_time, agent, (service_id, themes) in self.referral_visits:
            created = min(visit_time + timedelta(minutes=rng.randrange(2, 25)), self.now)
            age = self.now - created
            status = self.referral_status(age, recent if age <= _FOLLOW_UP_WINDOW else old)
            steps = self.history(status, created, agent)
            follow_up = None
            if status in (S.PROPOSED, S.SENT, S.ACCEPTED):
                follow_up = created.astimezone(LOCAL_TZ).date() + timedelta(days=10)
                if due_today and created.astimezone(LOCAL_TZ).date() < self.today:
                    follow_up, due_today = self.today, due_today - 1
            if status is S.PROPOSED:
                channel = ReferralChannel.SHEET.value
            else:
                channel = rng.choices(_REFERRAL_CHANNELS, cum_weights=(6, 9, 10))[0]
            printed = None
            if channel == ReferralChannel.SHEET.value:
                printed = _stamp(min(created + timedelta(minutes=1), self.now))
            referral_id = self.new_id()
            last_time, _, last_status, last_reason = steps[-1]
            referral_rows.append(
                (referral_id, self.site_id, agent, visit_id, person.id, service_id,
                 _stamp(created), json.dumps(themes),
                 rng.choice(data.REFERRAL_REASONS), channel, last_status.value, last_reason,
                 _stamp(last_time),
                 follow_up.isoformat() if follow_up else None,
                 person.language if person.language in languages else "fr", printed)
            )  # fmt: skip
            for moment, who, step_status, reason in steps:
                event_rows.append(
                    (self.new_id(), referral_id, _stamp(moment), who,
                     step_status.value, reason, rng.choice(data.EVENT_NOTES))
                )  # fmt: skip
        del self.referral_visits
        referral_rows.sort(key=lambda row: row[6])
        self.insert(
            "referral",
            ("id", "site_id", "agent_id", "visit_id", "person_id", "service_id", "created_at",
             "themes", "reason", "channel", "status", "status_reason", "status_changed_at",
             "follow_up_on", "language", "sheet_printed_at"),
            referral_rows,
        )  # fmt: skip
        self.insert(
            "referral_event",
            ("id", "referral_id", "occurred_at", "agent_id", "status", "reason", "note"),
            event_rows,
        )

    # -- donations ---------------------------------------------------------------------------
    def write_donations(self) -> None:
        rng = self.rng
        categories = list(DEFAULT_DONATION_CATEGORIES)
        weights = (30, 12, 8, 5, 12, 10, 8, 4, 6, 1, 4)
        rows = []
        for visit_id, agent, stamp in self.drop_offs:
            for category in _weighted(rng, categories, weights, rng.choice((1, 1, 1, 2, 3))):
                kg = round(rng.uniform(0.2, 4.0) ** 2, 2)
                rows.append((self.new_id(), self.site_id, agent, visit_id, stamp, category, kg))
        self.insert(
            "donation",
            ("id", "site_id", "agent_id", "visit_id", "occurred_at", "category", "kg"),
            rows,
        )


_FOLLOW_UP_WINDOW = timedelta(days=30)  # DORA: a referral with no answer expires after 30 days
_RECENT_STATUSES = tuple(
    ReferralStatus(code)
    for code in ("proposee", "envoyee", "acceptee", "refusee", "realisee", "annulee")
)
_OLD_STATUSES = tuple(
    ReferralStatus(code) for code in ("realisee", "refusee", "non-aboutie", "annulee", "expiree")
)
_REFUSALS = tuple(reason.value for reason in RefusalReason)
_REFERRAL_CHANNELS = tuple(channel.value for channel in ReferralChannel)


@dataclass(slots=True)
class _DemoPerson:
    id: str
    first_name: str
    last_name: str
    birth_year: int
    gender: str
    commune: str
    postal_code: str
    language: str
    situation: list[str]
    first_seen: datetime | None = None
    last_seen: datetime | None = None


def _age_bands() -> list[str]:
    """The age band of each age from 0 to 120."""
    limits = (
        (17, AgeBand.UNDER_18), (25, AgeBand.AGE_18_25), (35, AgeBand.AGE_26_35),
        (45, AgeBand.AGE_36_45), (55, AgeBand.AGE_46_55), (65, AgeBand.AGE_56_65),
        (120, AgeBand.OVER_65),
    )  # fmt: skip
    return [next(band.value for limit, band in limits if age <= limit) for age in range(121)]


def fold_ascii(text: str) -> str:
    from app.search_terms import fold

    return fold(text)
