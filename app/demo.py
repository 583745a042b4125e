"""A realistic fictional dataset for trying the app, screenshots and benchmarks.

`write_demo` fills a new database: one Point Accueil Emploi, its staff (PIN 1234), the partner
directory of the Redon area, people, 24 months of visits, till clicks, donations and referrals
with their history. The same seed and `now` always give the same data.

The big tables are written in bulk (app.db.bulk_load: executemany on SQLite, COPY on
PostgreSQL), in the same transaction as the site created through the services, with values as
the ORM stores them on SQLite: UUIDs as 32 hex digits, UTC times as
"YYYY-MM-DD HH:MM:SS.ffffff", JSON arrays as text.
"""

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from app import demo_data as data
from app.clock import LOCAL_TZ, to_utc, utcnow
from app.db.target import DatabaseTarget
from app.demo_activity import ActivityWriter
from app.demo_base import MONTHS, DemoPerson, DemoSize, stored_time, weighted
from app.errors import UserError
from app.i18n import translate
from app.search_terms import fold, person_terms
from models.enums import Gender

DEMO_PIN = "1234"

SIZES = {
    "small": DemoSize(people=300, visits=5_000, referrals=800, services=60),
    "large": DemoSize(people=20_000, visits=500_000, referrals=100_000, services=2_000),
}


def write_demo(
    target: DatabaseTarget | Path | str,
    size: str = "small",
    seed: int = 42,
    now: datetime | None = None,
) -> dict[str, int]:
    """Write the demo dataset into a new database (a file or an empty database on a server);
    returns the number of rows per table."""
    from app.db import as_target, holds_data, open_database

    if size not in SIZES:
        raise UserError(
            translate("Demo", "Unknown size “%1”: choose small or large.").replace("%1", size)
        )
    target = as_target(target)
    now = to_utc(now) if now is not None else utcnow()  # a naive time is read as Paris time
    engine = open_database(target)
    try:
        if holds_data(engine):
            raise UserError(
                translate(
                    "Demo", "“%1” already holds data: give the name of a new file for the demo."
                ).replace("%1", str(target))
            )
        return _fill(engine, SIZES[size], random.Random(seed), now)
    finally:
        engine.dispose()


def _fill(engine: Engine, size: DemoSize, rng: random.Random, now: datetime) -> dict[str, int]:
    from app.db import bulk_load

    with bulk_load(engine) as (session, rows):
        return _DemoWriter(session, rows, size, rng, now).write()


class _DemoWriter(ActivityWriter):
    """Generates and inserts every table, in foreign-key order."""

    def write(self) -> dict[str, int]:
        self.write_site_and_staff()
        self.write_directory()
        self.make_people()
        self.make_visits()
        self.write_people()
        self.write_visits()
        self.write_referrals()
        self.write_agenda()
        self.write_donations()
        self.write_audit()
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

    # -- agenda (through the services, as a desk books) ----------------------------------------
    def write_agenda(self) -> None:
        import uuid

        from app.demo_agenda import write_agenda

        counts = write_agenda(
            self.session, uuid.UUID(self.site_id), [uuid.UUID(a) for a in self.agents],
            uuid.UUID(self.agents[-1]), [uuid.UUID(p.id) for p in self.people[:400]],
            self.rng, self.now,
        )  # fmt: skip
        self.counts.update(counts)

    # -- directory ---------------------------------------------------------------------------
    def write_directory(self) -> None:
        rng = self.rng
        stamp = stored_time(self.now - timedelta(days=400))
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
        communes = weighted(rng, data.COMMUNES, [c[2] for c in data.COMMUNES], n)
        languages = weighted(rng, ("fr", "en", "es", "uk", "ar"), (88, 3, 3, 3, 3), n)
        self.people: list[DemoPerson] = []
        for i in range(n):
            woman = rng.random() < 0.55
            gender = Gender.WOMAN.value if woman else Gender.MAN.value
            if i % 97 == 13:
                gender = Gender.OTHER.value
            first = rng.choice(data.FIRST_NAMES_WOMEN if woman else data.FIRST_NAMES_MEN)
            age = rng.choice((17, 19, 22, 24, 28, 33, 38, 44, 51, 58, 63, 70)) + rng.randrange(5)
            flags = rng.sample(publics, rng.choice((0, 1, 1, 2, 3)))
            flags = [
                f for f in flags if (f != "femmes" or woman) and (f != "etudiants" or age < 30)
            ]
            if age < 26:
                flags.append("jeunes")
            elif age >= 60:
                flags.append("seniors")
            self.people.append(
                DemoPerson(
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
                local = "".join(ch for ch in fold(person.first_name) if ch.isalnum())
                email = f"{local}.{rng.randrange(10, 99)}@courriel.exemple.fr"
            notice = None if rng.random() < 0.08 else person.first_seen.astimezone(LOCAL_TZ).date()
            terms = person_terms(person.first_name, person.last_name, phone)
            created = stored_time(person.first_seen)
            person_rows.append(
                (person.id, self.site_id, person.first_name, person.last_name, person.birth_year,
                 person.postal_code, person.commune, phone, email, person.language,
                 json.dumps(person.situation), notice.isoformat() if notice else None, terms,
                 created, stored_time(person.last_seen),
                 stored_time(person.last_seen), None, None)
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
