"""The activity of the demo desk: visits, till clicks, referrals with their history, donations,
and the audit log of the last weeks."""

import json
import uuid
from datetime import UTC, datetime, time, timedelta

from app import demo_data as data
from app.clock import LOCAL_TZ
from app.demo_base import DemoPerson, DemoWriterBase, age_bands, stored_time, weighted
from models.enums import (
    DEFAULT_DONATION_CATEGORIES,
    AgeBand,
    AuditAction,
    Channel,
    Gender,
    ReferralChannel,
    ReferralStatus,
    RefusalReason,
    SheetLanguage,
    VisitKind,
    VisitOutcome,
)

# Share of the visits: reception with a known person, anonymous reception; the rest is the till.
PERSON_SHARE = 0.5
ANONYMOUS_SHARE = 0.15
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


class ActivityWriter(DemoWriterBase):
    """Visits first (they tell when each person came), then what follows from them."""

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
        bands = age_bands()

        # reception visits of known people; some people come often, most once or twice
        person_weights = [rng.random() ** 3 + 0.02 for _ in self.people]
        visitors = weighted(rng, self.people, person_weights, n_person)
        times = self.visit_times(n_person, today_share)
        referral_count = min(self.size.referrals, n_person)
        first_today = min(3, today_share, referral_count)  # the first visits are today's
        referred = set(range(first_today))
        referred.update(rng.sample(range(first_today, n_person), referral_count - first_today))
        self.visit_rows: list[tuple] = []
        self.referral_visits: list[tuple[str, DemoPerson, datetime, str, tuple[str, list]]] = []
        agents = rng.choices(staff, k=n_person)
        picked_channels = weighted(rng, channels, channel_weights, n_person)
        picked_outcomes = weighted(rng, outcomes, outcome_weights, n_person)
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
            stamp = stored_time(moment)
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
            stamp = stored_time(moment)
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
        till_kinds = weighted(rng, kinds, (50, 25, 12, 8, 5), n_till)
        self.drop_offs: list[tuple[str, str, str]] = []
        till_staff = self.volunteers * 3 + self.agents[:1]
        empty = json.dumps([])
        till_agents = rng.choices(till_staff, k=n_till)
        till_times = self.visit_times(n_till, today_share)
        drop_off, walk_in = VisitKind.DROP_OFF.value, Channel.WALK_IN.value
        for kind, moment, agent in zip(till_kinds, till_times, till_agents, strict=True):
            visit_id = new_id()
            stamp = stored_time(moment)
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
                printed = stored_time(min(created + timedelta(minutes=1), self.now))
            referral_id = self.new_id()
            last_time, _, last_status, last_reason = steps[-1]
            referral_rows.append(
                (referral_id, self.site_id, agent, visit_id, person.id, service_id,
                 stored_time(created), json.dumps(themes),
                 rng.choice(data.REFERRAL_REASONS), channel, last_status.value, last_reason,
                 stored_time(last_time),
                 follow_up.isoformat() if follow_up else None,
                 person.language if person.language in languages else "fr", printed)
            )  # fmt: skip
            for moment, who, step_status, reason in steps:
                event_rows.append(
                    (self.new_id(), referral_id, stored_time(moment), who,
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
            for category in weighted(rng, categories, weights, rng.choice((1, 1, 1, 2, 3))):
                kg = round(rng.uniform(0.2, 4.0) ** 2, 2)
                rows.append((self.new_id(), self.site_id, agent, visit_id, stamp, category, kg))
        self.insert(
            "donation",
            ("id", "site_id", "agent_id", "visit_id", "occurred_at", "category", "kg"),
            rows,
        )

    # -- audit log -------------------------------------------------------------------------------
    def write_audit(self) -> None:
        """Sign-ins of the last four weeks and the people created in them (ids only)."""
        rng = self.rng
        since = self.now - timedelta(days=28)
        days, _ = self.open_days()
        rows = []
        for day in days:
            if day < since.astimezone(LOCAL_TZ).date():
                continue
            opening = datetime.combine(day, time(8, 40), tzinfo=LOCAL_TZ).astimezone(UTC)
            for agent in self.agents + self.volunteers:
                moment = opening + timedelta(minutes=rng.uniform(0, 40))
                if rng.random() < 0.6 and moment <= self.now:
                    rows.append((moment, agent, AuditAction.LOGIN.value, "", ""))
        for person in self.people:
            if person.first_seen is not None and person.first_seen >= since:
                person_id = str(uuid.UUID(hex=person.id))
                rows.append(
                    (person.first_seen, rng.choice(self.agents), AuditAction.PERSON_CREATED.value,
                     "person", person_id)
                )  # fmt: skip
        rows.sort(key=lambda row: row[0])
        self.insert(
            "audit_entry",
            ("id", "occurred_at", "agent_id", "action", "entity", "entity_id"),
            [(self.new_id(), stored_time(moment), *rest) for moment, *rest in rows],
        )
