"""A place of three PCs, end to end: the main PC shares its file, a till desk and a reception desk
join with their codes and work through their real windows on their own logins; the main PC is
switched off (a power cut), both desks keep working and the till is restarted meanwhile; the main
PC comes back. Then every record is on the main PC exactly once, with its time and its agent,
and the month's figures are the test's own tally of what was done.

The scenario goes on after a step the desks refuse, so that one run says every wrong thing:
each is noted as a finding, and the test fails at the end with all of them."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from app.clock import local_today
from app.db import read_session
from app.reports.figures import donations_per_category, key_figures, till_kinds
from app.reports.periods import Period
from models import Agent, Donation, Person, Referral, Visit
from tests.place.harness import (
    AGENT,
    CAR_SERVICE,
    COORDINATOR,
    JOBS_SERVICE,
    PIN,
    VOLUNTEER,
    DeskProcess,
    joined_desk,
)

pytestmark = pytest.mark.place

KEYS = {"1": "achat", "2": "depot", "3": "information"}  # the till's first default buttons
BACK_S = 30  # how long the desks may take to send what they kept once the main PC is back


@dataclass
class Tally:
    """What the test did and the desks acknowledged, counted by the test itself."""

    till: Counter = field(default_factory=Counter)  # visit kind -> clicks
    kg: Counter = field(default_factory=Counter)  # category -> kg
    weighings: Counter = field(default_factory=Counter)  # category -> weighings
    person_visits: int = 0
    anonymous_reception: int = 0
    new_people: int = 0
    people: list[tuple[str, str]] = field(default_factory=list)  # (first name, last name)
    referrals: int = 0
    prints: Counter = field(default_factory=Counter)  # desk name -> sheets printed
    findings: list[str] = field(default_factory=list)

    @property
    def visits(self) -> int:
        return sum(self.till.values()) + self.person_visits + self.anonymous_reception

    def note(self, finding: str) -> None:
        self.findings.append(finding)

    def expect(self, condition: bool, finding: str) -> None:
        if not condition:
            self.note(finding)

    # the acts, counted once the desk acknowledged them
    def click(self, desk: DeskProcess, key: str, times: int = 1) -> None:
        for _ in range(times):
            answer = desk.do("till_click", key=key)
            if answer["ok"]:
                self.till[KEYS[key]] += 1
            else:
                self.note(f"{desk.name}: till click {key} refused: {said(answer)}")

    def undo(self, desk: DeskProcess, key: str) -> None:
        answer = desk.do("undo")
        if answer["ok"] and answer["said"].startswith("Annulé"):
            self.till[KEYS[key]] -= 1
        else:
            self.note(f"{desk.name}: Ctrl+Z did not undo the last click: {answer}")

    def drop_off(self, desk: DeskProcess, category: str, kg: str) -> None:
        self.click(desk, "2")
        answer = desk.do("weigh", category=category, kg=kg)
        if answer["ok"]:
            self.kg[category] += float(kg.replace(",", "."))
            self.weighings[category] += 1
        else:
            self.note(f"{desk.name}: weighing {kg} kg of {category} refused: {said(answer)}")

    def quick_referral(self, desk: DeskProcess, need: str, service: str,
                       command: str = "quick_referral") -> None:  # fmt: skip
        answer = desk.do(command, need=need, service=service)
        if answer["ok"]:
            self.referrals += 1
            self.prints[desk.name] += 1
        else:
            self.note(f"{desk.name}: quick referral ({need}) not done: {said(answer)}")

    def anonymous_visit(self, desk: DeskProcess, command: str = "anonymous_visit") -> None:
        answer = desk.do(command)
        if answer["ok"]:
            self.anonymous_reception += 1
        else:
            self.note(f"{desk.name}: anonymous visit not saved: {said(answer)}")

    def opens(self, desk: DeskProcess, command: str) -> None:
        answer = desk.do(command)
        self.expect(answer["ok"], f"{desk.name}: {command} failed: {said(answer)}")

    def new_person_visit(self, desk: DeskProcess, first: str, last: str) -> bool:
        answer = desk.do("new_person_visit", first=first, last=last)
        if answer["ok"]:
            self.new_people += 1
            self.person_visits += 1
            self.people.append((first, last))
        else:
            self.note(f"{desk.name}: visit of a new person not saved: {said(answer)}")
        return bool(answer["ok"])

    def refer(self, desk: DeskProcess, theme: str, service: str) -> None:
        answer = desk.do("refer", theme=theme, service=service)
        if answer["ok"]:
            self.referrals += 1
            self.prints[desk.name] += 1
        else:
            self.note(f"{desk.name}: referral ({theme}) not done: {said(answer)}")

    def till_shows(self, desk: DeskProcess, when: str) -> None:
        """The Till page's counters say what this desk clicked today."""
        wanted = {"Achat": self.till["achat"], "Dépôt d'objets": self.till["depot"],
                  "Information": self.till["information"]}  # fmt: skip
        answer = desk.do("read", what="till_counts",
                         until={label: str(count) for label, count in wanted.items()})  # fmt: skip
        if not answer["ok"]:
            self.note(f"{desk.name} {when}: the till's counters cannot be read: {said(answer)}")
            return
        shown = {label: int(count) for label, count in answer["buttons"].items()}
        seen = {label: shown.get(label) for label in wanted}
        self.expect(seen == wanted, f"{desk.name} {when}: the till shows {seen}, not {wanted}")


@dataclass(frozen=True)
class Row:
    """A stored visit or referral, as read on the main PC."""

    kind: str
    agent_id: uuid.UUID | None
    at: datetime
    site_id: uuid.UUID


def said(answer: dict) -> str:
    """Why a desk could not do something, with the boxes it showed meanwhile."""
    boxes = "; ".join(f"[{kind}] {text}" for kind, text in answer.get("messages", []))
    return answer.get("why", "") + (f" (boxes: {boxes})" if boxes else "")


def _agents(engine) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        return {agent.name: agent.id for agent in session.exec(select(Agent))}


def _wait_sent(tally: Tally, desk: DeskProcess) -> None:
    answer = desk.do("wait_status", contains="", timeout=BACK_S)
    if not answer["ok"]:
        status = desk.do("status")
        tally.note(f"{desk.name}: {BACK_S} s after the main PC came back, the status still says "
                   f"« {status.get('status')} » ({status.get('details')})")


def test_a_place_of_three_pcs_end_to_end(place):
    tally = Tally()
    began = datetime.now(UTC)
    till = joined_desk(place, "till", "Caisse")
    reception = joined_desk(place, "reception", "Accueil")
    agents = _agents(place.owner)
    # each desk opens where its work is: the till on the till, the reception (of a recyclerie,
    # where an office opens on the till) on the reception page
    opened_on = {desk.name: desk.must("sign_in", agent=agent, pin=PIN)["page"]
                 for desk, agent in ((till, VOLUNTEER), (reception, AGENT))}  # fmt: skip
    tally.expect(opened_on == {"Caisse": "caisse", "Accueil": "accueil"},
                 f"the desks opened on {opened_on}")  # fmt: skip

    # the main PC on: a morning at the till and at the reception
    tally.click(till, "1", 3)
    tally.click(till, "3")
    tally.click(till, "1")
    tally.undo(till, "1")
    tally.drop_off(till, "mobilier", "3")
    tally.quick_referral(till, "Mobilité", CAR_SERVICE)
    tally.till_shows(till, "online")
    if tally.new_person_visit(reception, "Aïcha", "Le Goff"):
        tally.refer(reception, "Trouver un emploi", JOBS_SERVICE)
    tally.anonymous_visit(reception)

    # the main PC's power cut while a dialog is open at each desk: both desks keep working,
    # the till is restarted meanwhile
    tally.opens(till, "open_quick_referral")
    tally.opens(reception, "open_anonymous_visit")
    place.switch_off(power_cut=True)
    tally.quick_referral(till, "Mobilité", CAR_SERVICE, command="finish_quick_referral")
    tally.anonymous_visit(reception, command="save_visit")
    tally.click(till, "1", 2)
    tally.click(till, "3")
    tally.drop_off(till, "textile et accessoires", "1,5")
    tally.quick_referral(till, "Mobilité", CAR_SERVICE)
    tally.anonymous_visit(reception)
    tally.till_shows(till, "with the main PC off")
    for desk in (till, reception):
        status = desk.must("status")["status"]
        tally.expect("injoignable" in status, f"{desk.name}: the status says « {status} » off")
    till.quit()
    restarted = till.start()
    tally.expect(restarted["ok"] and restarted["state"] == "locked",
                 f"the till restarted with the main PC off does not show its lock screen: "
                 f"{restarted}")  # fmt: skip
    signed = till.do("sign_in", agent=VOLUNTEER, pin=PIN)
    tally.expect(signed["ok"], f"the volunteer cannot sign in at the restarted till: {signed}")
    if signed["ok"]:
        tally.click(till, "1", 2)
        tally.till_shows(till, "restarted with the main PC off")

    # the main PC back: everything kept reaches it
    place.switch_on()
    for desk in (till, reception):
        _wait_sent(tally, desk)
    tally.till_shows(till, "once the main PC is back")
    ended = datetime.now(UTC)
    for desk in (till, reception):
        desk.quit()
        crashes = [text.strip().splitlines()[-1] for kind, text in desk.messages()
                   if kind == "crash"]  # fmt: skip
        for sent, answer in desk.log:  # a box during a step that went well is a refusal too
            boxes = [text for kind, text in answer["messages"] if kind in ("warn", "error")]
            tally.expect(not answer["ok"] or not boxes,
                         f"{desk.name}: during {sent['do']}, boxes said {boxes}")
        tally.expect(not crashes, f"{desk.name} showed unexpected failures: {crashes}")
        tally.expect(len(desk.printed()) == tally.prints[desk.name],
                     f"{desk.name} printed {len(desk.printed())} sheets, "
                     f"not {tally.prints[desk.name]}")  # fmt: skip

    # the main PC's own window, on the owner's login: its Till page counts every desk's clicks
    main_pc = place.main_pc
    opened = main_pc.start()
    tally.expect(opened["ok"] and opened["state"] == "locked",
                 f"the main PC's window does not open on its lock screen: {opened}")  # fmt: skip
    if main_pc.do("sign_in", agent=COORDINATOR, pin=PIN)["ok"]:
        tally.till_shows(main_pc, "on the main PC at the end")
    else:
        tally.note("the coordinator cannot sign in on the main PC")
    main_pc.quit()

    _check_main_pc(place, tally, agents, began, ended)
    assert not tally.findings, "\n".join(tally.findings)


def _check_main_pc(place, tally: Tally, agents, began: datetime, ended: datetime) -> None:  # type: ignore[no-untyped-def]
    """Every record once, with its time and agent; the month's figures are the tally."""
    from app.sharing.sharing import owner_engine

    engine = owner_engine(place.server)
    try:
        with read_session(engine) as session:
            visits = [Row(kind=v.kind, agent_id=v.agent_id, at=v.occurred_at, site_id=v.site_id)
                      for v in session.exec(select(Visit))]  # fmt: skip
            donations = [(d.category, d.kg, d.agent_id) for d in session.exec(select(Donation))]
            referrals = [Row(kind="", agent_id=r.agent_id, at=r.created_at, site_id=r.site_id)
                         for r in session.exec(select(Referral))]  # fmt: skip
            people = [(p.first_name, p.last_name) for p in session.exec(select(Person))]
            site_id = visits[0].site_id if visits else None
            today = local_today()
            month = Period.month(today.year, today.month)
            figures = key_figures(session, site_id, month, today) if site_id else None
            kinds = till_kinds(session, site_id, month) if site_id else {}
            weighed = donations_per_category(session, site_id, month) if site_id else {}
    finally:
        engine.dispose()
    tally.expect(people == tally.people, f"people on the main PC {people}, typed {tally.people}")
    slack = timedelta(seconds=5)
    stored_till = Counter(v.kind for v in visits if v.kind != "accueil")
    tally.expect(stored_till == +tally.till,
                 f"till visits on the main PC {dict(stored_till)}, done {dict(+tally.till)}")
    reception_visits = [v for v in visits if v.kind == "accueil"]
    tally.expect(len(reception_visits) == tally.person_visits + tally.anonymous_reception,
                 f"{len(reception_visits)} reception visits on the main PC, done "
                 f"{tally.person_visits + tally.anonymous_reception}")  # fmt: skip
    volunteer, agent = agents[VOLUNTEER], agents[AGENT]
    for visit in visits:
        who = volunteer if visit.kind != "accueil" else agent
        tally.expect(visit.agent_id == who, f"visit {visit.kind} of agent {visit.agent_id}")
        at = visit.at.astimezone(UTC)
        tally.expect(began - slack <= at <= ended + slack,
                     f"visit {visit.kind} at {at}, outside the test's {began}…{ended}")
    stored_kg = Counter()
    for category, kg, agent_id in donations:
        stored_kg[category] += kg
        tally.expect(agent_id == volunteer, f"weighing of agent {agent_id}")
    tally.expect(stored_kg == tally.kg, f"kg on the main PC {dict(stored_kg)}, done "
                                        f"{dict(tally.kg)}")  # fmt: skip
    tally.expect(len(referrals) == tally.referrals,
                 f"{len(referrals)} referrals on the main PC, done {tally.referrals}")
    for referral in referrals:
        tally.expect(referral.agent_id in (volunteer, agent),
                     f"referral of agent {referral.agent_id}")
        at = referral.at.astimezone(UTC)
        tally.expect(began - slack <= at <= ended + slack,
                     f"referral at {at}, outside the test's {began}…{ended}")
    if figures is None:
        tally.note("no visit at all on the main PC: no monthly figures")
        return
    # the monthly report's figures, computed on the main PC, against the test's own counts
    tally.expect(figures.visits == tally.visits,
                 f"monthly report: {figures.visits} visits, done {tally.visits}")
    anonymous = sum(tally.till.values()) + tally.anonymous_reception
    tally.expect(figures.anonymous_visits == anonymous,
                 f"monthly report: {figures.anonymous_visits} anonymous visits, done {anonymous}")
    tally.expect(figures.new_people == tally.new_people,
                 f"monthly report: {figures.new_people} new people, done {tally.new_people}")
    tally.expect(figures.referrals == tally.referrals,
                 f"monthly report: {figures.referrals} referrals, done {tally.referrals}")
    tally.expect(kinds == dict(+tally.till),
                 f"monthly report: till {kinds}, done {dict(+tally.till)}")
    wanted = {c: (tally.weighings[c], tally.kg[c]) for c in tally.kg}
    tally.expect({c: (n, round(kg, 3)) for c, (n, kg) in weighed.items()} == wanted,
                 f"monthly report: donations {weighed}, done {wanted}")
