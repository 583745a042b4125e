"""A small deterministic dataset for report tests: visits spread over months, with some right at
month boundaries and on the days the clocks change, referrals in every status, a till."""

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert
from sqlmodel import select

from app.clock import LOCAL_TZ
from app.db import write_session
from models import (
    Agent,
    Donation,
    Organization,
    Person,
    Referral,
    Service,
    Site,
    TillButton,
    Visit,
)
from models.enums import Channel, ReferralStatus, VisitKind, VisitOutcome

THEMES = (
    "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
    "mobilite--acceder-a-un-vehicule",
    "famille--soutien-a-la-parentalite-et-a-leducation",
    "se-former--trouver-sa-formation",
    "choisir-un-metier--confirmer-son-choix-de-metier",
)
PARTNERS = ("France Travail", "Mission locale", "CCAS de Pipriac", "Secours populaire")
DAY_CHANGES = (date(2026, 3, 29), date(2026, 10, 25), date(2025, 10, 26), date(2025, 3, 30))


def paris(day: date, hour: int, minute: int = 0) -> datetime:
    """A Paris wall-clock time as aware UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=LOCAL_TZ).astimezone(UTC)


def populate(engine, *, seed: int = 7, first: date, last: date, per_day: int = 6) -> dict:
    """Fill the database; returns the ids created (site, agent, organisations, services)."""
    rng = random.Random(seed)
    with write_session(engine) as session:
        site = session.exec(select(Site)).first()
        agent = session.exec(select(Agent)).first()
        orgs = [Organization(name=name, commune="Pipriac") for name in PARTNERS]
        session.add_all(orgs)
        session.flush()
        services = []
        for index, org in enumerate(orgs):
            for n in range(2):
                services.append(
                    Service(
                        organization_id=org.id,
                        name=f"Service {index}-{n}",
                        themes=[THEMES[(index + n) % len(THEMES)]],
                    )
                )
        session.add_all(services)
        session.add_all(
            [
                TillButton(site_id=site.id, label="Achat", kind_code=VisitKind.PURCHASE.value),
                TillButton(site_id=site.id, label="Dépôt", kind_code=VisitKind.DROP_OFF.value),
            ]
        )
        session.flush()
        people_rows = []
        people_ids = []
        for n in range(40):
            created = paris(first, 9) + timedelta(days=rng.randrange((last - first).days + 1))
            person_id = uuid.uuid4()
            people_ids.append(person_id)
            people_rows.append(
                {
                    "id": person_id,
                    "site_id": site.id if n % 7 else None,
                    "first_name": f"P{n}",
                    "created_at": created,
                    "updated_at": created,
                    "last_activity_at": created,
                    "merged_into_id": people_ids[0] if n == 39 else None,
                }
            )
        session.execute(insert(Person), people_rows)
        visit_rows = []
        day = first
        while day <= last:
            moments = [paris(day, rng.randrange(8, 19), rng.randrange(60)) for _ in range(per_day)]
            # the edges of the day, Paris time
            moments += [paris(day, 0, 0), paris(day, 23, 30), paris(day, 23, 59)]
            if day in DAY_CHANGES:
                moments += [paris(day, 1, 30), paris(day, 3, 30), paris(day, 4, 0)]
            for moment in moments:
                kind = (
                    VisitKind.RECEPTION.value
                    if rng.random() < 0.7
                    else rng.choice((VisitKind.PURCHASE.value, VisitKind.DROP_OFF.value))
                )
                visit_rows.append(
                    {
                        "id": uuid.uuid4(),
                        "site_id": site.id,
                        "agent_id": agent.id,
                        "person_id": rng.choice(people_ids) if rng.random() < 0.5 else None,
                        "occurred_at": moment,
                        "channel": rng.choice(list(Channel)).value,
                        "kind": kind,
                        "themes": rng.sample(THEMES, rng.randrange(0, 3)),
                        "outcome": rng.choice(["", *[o.value for o in VisitOutcome]]),
                        "created_at": moment,
                        "updated_at": moment,
                    }
                )
            day += timedelta(days=1)
        session.execute(insert(Visit), visit_rows)
        referral_rows = []
        donation_rows = []
        for row in visit_rows:
            if rng.random() < 0.25:
                status = rng.choice(list(ReferralStatus)).value
                created = row["occurred_at"]
                referral_rows.append(
                    {
                        "id": uuid.uuid4(),
                        "site_id": site.id,
                        "agent_id": agent.id,
                        "visit_id": row["id"],
                        "person_id": row["person_id"],
                        "service_id": rng.choice(services).id,
                        "created_at": created,
                        "themes": rng.sample(THEMES, rng.randrange(0, 3)),
                        "status": status,
                        "status_changed_at": created + timedelta(hours=rng.randrange(0, 24 * 40)),
                        "follow_up_on": (created + timedelta(days=rng.randrange(5, 30))).date()
                        if rng.random() < 0.8
                        else None,
                    }
                )
            if row["kind"] == VisitKind.DROP_OFF.value:
                donation_rows.append(
                    {
                        "id": uuid.uuid4(),
                        "site_id": site.id,
                        "agent_id": agent.id,
                        "visit_id": row["id"],
                        "occurred_at": row["occurred_at"],
                        "category": rng.choice(("mobilier", "textile et accessoires", "livres")),
                        "kg": round(rng.uniform(0.2, 30), 2),
                    }
                )
        if referral_rows:
            session.execute(insert(Referral), referral_rows)
        if donation_rows:
            session.execute(insert(Donation), donation_rows)
        return {"site_id": site.id, "services": [s.id for s in services]}
