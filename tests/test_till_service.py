"""Till services: buttons, clicks, undo, donation weights, counters, day summary, roles."""

import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.clock import day_bounds
from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services import till, till_setup
from models import AuditEntry, Donation, Referral, TillButton, Visit
from models.enums import DEFAULT_DONATION_CATEGORIES
from tests.till_helpers import add_referral, make_buttons

# 14:00 in Paris on a Saturday of November
NOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


def test_defaults_are_created_once_with_readable_colours(engine, volunteer):
    with write_session(engine) as session:
        buttons = till_setup.ensure_default_buttons(session, volunteer)
    assert [b.label for b in buttons] == [
        "Achat",
        "Dépôt d'objets",
        "Information",
        "Atelier",
        "Bénévolat",
    ]
    assert [b.kind_code for b in buttons] == [
        "achat",
        "depot",
        "information",
        "atelier",
        "benevolat",
    ]
    assert all(till_setup.text_colour_for(b.colour) == "#ffffff" for b in buttons)
    with write_session(engine) as session:
        till_setup.ensure_default_buttons(session, volunteer)
    with read_session(engine) as session:
        assert len(session.exec(select(TillButton)).all()) == 5


def test_text_colour_follows_the_background():
    assert till_setup.text_colour_for("#ffeb3b") == "#000000"
    assert till_setup.text_colour_for("#0d47a1") == "#ffffff"


def test_only_a_coordinator_configures_buttons(engine, coordinator, agent, volunteer):
    for actor in (agent, volunteer):
        with pytest.raises(PermissionDenied), write_session(engine) as session:
            till_setup.create_till_button(session, actor, "Vente", "vente")
    with write_session(engine) as session:
        button = till_setup.create_till_button(session, coordinator, "  Vente   en ligne ", "Vente")
    assert button.label == "Vente en ligne"
    assert button.kind_code == "vente"
    with write_session(engine) as session:
        till_setup.update_till_button(
            session, coordinator, button.id, label="Vente", colour="#FFEB3B", icon="€"
        )
    with write_session(engine) as session:
        till_setup.update_till_button(session, coordinator, button.id, active=False)
    with read_session(engine) as session:
        stored = session.get(TillButton, button.id)
        assert (stored.label, stored.colour, stored.icon, stored.active) == (
            "Vente",
            "#ffeb3b",
            "€",
            False,
        )
        assert till_setup.till_buttons(session, coordinator) == []
        audit = session.exec(select(AuditEntry).where(AuditEntry.entity == "till_button")).all()
        assert len(audit) == 3


@pytest.mark.parametrize(
    ("label", "kind", "colour", "message"),
    [
        ("", "vente", "#2e7d32", "texte du bouton"),
        ("x" * 41, "vente", "#2e7d32", "trop long"),
        ("Vente", "Vente à emporter", "#2e7d32", "code du bouton"),
        ("Vente", "accueil", "#2e7d32", "accueil"),
        ("Vente", "vente", "vert", "couleur"),
    ],
)
def test_bad_button_values_are_refused_in_french(engine, coordinator, label, kind, colour, message):
    with pytest.raises(UserError, match=message), write_session(engine) as session:
        till_setup.create_till_button(session, coordinator, label, kind, colour)
    with read_session(engine) as session:
        assert session.exec(select(TillButton)).all() == []


def test_a_kind_code_is_used_by_one_button_only(engine, coordinator):
    make_buttons(engine, coordinator)
    with pytest.raises(UserError, match="achat"), write_session(engine) as session:
        till_setup.create_till_button(session, coordinator, "Achat bis", "achat")


def test_buttons_can_be_reordered(engine, coordinator):
    buttons = make_buttons(engine, coordinator)
    with write_session(engine) as session:
        till_setup.move_till_button(session, coordinator, buttons[2].id, -1)
    with read_session(engine) as session:
        labels = [b.label for b in till_setup.till_buttons(session, coordinator)]
    assert labels[:3] == ["Achat", "Information", "Dépôt d'objets"]


def test_a_click_records_one_anonymous_visit(engine, volunteer):
    buttons = make_buttons(engine, volunteer)
    with write_session(engine) as session:
        visit = till.record_click(session, volunteer, buttons[0].id, now=NOON)
    with read_session(engine) as session:
        stored = session.get(Visit, visit.id)
        assert stored.kind == "achat"
        assert stored.agent_id == volunteer.agent_id
        assert stored.person_id is None
        assert till.to_utc_stored(stored.occurred_at) == NOON


def test_a_switched_off_button_records_nothing(engine, coordinator, volunteer):
    buttons = make_buttons(engine, coordinator)
    with write_session(engine) as session:
        till_setup.update_till_button(session, coordinator, buttons[0].id, active=False)
    with pytest.raises(UserError, match="désactivé"), write_session(engine) as session:
        till.record_click(session, volunteer, buttons[0].id)
    with read_session(engine) as session:
        assert session.exec(select(Visit)).all() == []


def test_a_click_sent_again_under_its_id_lands_once(engine, volunteer):
    """The desk sends a click again when its answer was lost: the same id, one visit."""
    buttons = make_buttons(engine, volunteer)
    visit_id = uuid.uuid4()
    with write_session(engine) as session:
        first = till.record_click(session, volunteer, buttons[0].id, now=NOON, visit_id=visit_id)
    later = NOON + timedelta(seconds=20)
    with write_session(engine) as session:
        again = till.record_click(session, volunteer, buttons[0].id, now=later, visit_id=visit_id)
    assert first.id == again.id == visit_id and again.kind == "achat"
    assert till.to_utc_stored(again.occurred_at) == NOON  # the click of the first sending
    with read_session(engine) as session:
        assert [v.id for v in session.exec(select(Visit))] == [visit_id]


def test_a_button_gone_or_of_another_site_records_nothing(engine, coordinator, volunteer):
    buttons = make_buttons(engine, coordinator)
    elsewhere = replace(volunteer, site_id=uuid.uuid4())
    for actor, button_id in ((volunteer, uuid.uuid4()), (elsewhere, buttons[0].id)):
        with pytest.raises(UserError, match="n'existe plus"), write_session(engine) as session:
            till.record_click(session, actor, button_id)
    with read_session(engine) as session:
        assert session.exec(select(Visit)).all() == []


def test_a_click_after_other_changes_is_undone_with_them(engine, coordinator, volunteer):
    """Within a larger change, a click belongs to its transaction: all or nothing."""
    buttons = make_buttons(engine, coordinator)
    with write_session(engine) as session:
        till_setup.update_till_button(session, coordinator, buttons[1].id, active=False)
    with pytest.raises(UserError, match="désactivé"), write_session(engine) as session:
        session.add(Visit(site_id=volunteer.site_id, kind="accueil", occurred_at=NOON))
        till.record_click(session, volunteer, buttons[0].id, now=NOON)
        till.record_click(session, volunteer, buttons[1].id, now=NOON)
    with read_session(engine) as session:
        assert session.exec(select(Visit)).all() == []


def test_undo_within_two_minutes_deletes_the_own_last_click(engine, volunteer, agent):
    buttons = make_buttons(engine, volunteer)
    with write_session(engine) as session:
        first = till.record_click(session, volunteer, buttons[0].id, now=NOON)
        mine = till.record_click(session, volunteer, buttons[1].id, now=NOON + timedelta(seconds=5))
        till.record_donation(session, volunteer, "mobilier", "12", mine.id, now=NOON)
        till.record_click(session, agent, buttons[2].id, now=NOON + timedelta(seconds=10))
    with write_session(engine) as session:
        undone = till.undo_last_click(session, volunteer, now=NOON + timedelta(seconds=100))
    assert undone.id == mine.id
    with read_session(engine) as session:
        kinds = sorted(v.kind for v in session.exec(select(Visit)))
        assert kinds == ["achat", "information"]
        assert session.exec(select(Donation)).all() == []
        assert session.get(Visit, first.id) is not None


def test_undo_is_refused_after_two_minutes(engine, volunteer):
    buttons = make_buttons(engine, volunteer)
    with write_session(engine) as session:
        till.record_click(session, volunteer, buttons[0].id, now=NOON)
    later = NOON + timedelta(minutes=2, seconds=1)
    with pytest.raises(UserError, match="plus de 2 minutes"), write_session(engine) as session:
        till.undo_last_click(session, volunteer, now=later)
    with read_session(engine) as session:
        assert len(session.exec(select(Visit)).all()) == 1


def test_undo_with_nothing_to_undo(engine, volunteer):
    make_buttons(engine, volunteer)
    with pytest.raises(UserError, match="aucun clic"), write_session(engine) as session:
        till.undo_last_click(session, volunteer, now=NOON)


@pytest.mark.parametrize(
    ("typed", "kg"),
    [("2,5", 2.5), ("2.5", 2.5), (" 12 kg", 12.0), ("0,35", 0.35), (",5", 0.5), (7, 7.0)],
)
def test_weights_accept_a_decimal_comma(typed, kg):
    assert till.parse_kg(typed) == kg


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "poids"),
        ("abc", "n'est pas un poids"),
        ("2,5,5", "n'est pas un poids"),
        ("-3", "plus de 0"),
        ("0", "plus de 0"),
        ("5000", "trop lourd"),
        (float("nan"), "poids"),
    ],
)
def test_nonsense_weights_are_refused_in_french(typed, message):
    with pytest.raises(UserError, match=message):
        till.parse_kg(typed)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_any_typed_weight_is_a_number_in_range_or_a_user_error(text):
    try:
        kg = till.parse_kg(text)
    except UserError as error:
        assert error.message
    else:
        assert 0 < kg <= till.MAX_DONATION_KG


def test_a_refused_weighing_writes_nothing(engine, volunteer):
    with pytest.raises(UserError), write_session(engine) as session:
        till.record_donation(session, volunteer, "mobilier", "beaucoup")
    with pytest.raises(UserError, match="catégorie"), write_session(engine) as session:
        till.record_donation(session, volunteer, "voitures", "3")
    with read_session(engine) as session:
        assert session.exec(select(Donation)).all() == []


def test_donation_categories_are_configurable(engine, coordinator, volunteer):
    with read_session(engine) as session:
        assert till_setup.donation_categories(session) == list(DEFAULT_DONATION_CATEGORIES)
    with pytest.raises(PermissionDenied), write_session(engine) as session:
        till_setup.set_donation_categories(session, volunteer, ["vélos"])
    with pytest.raises(UserError, match="au moins une"), write_session(engine) as session:
        till_setup.set_donation_categories(session, coordinator, ["  ", ""])
    with write_session(engine) as session:
        till_setup.set_donation_categories(session, coordinator, ["Vélos", " vélos", "textile"])
    with write_session(engine) as session:
        till.record_donation(session, volunteer, "Vélos", "14,2", now=NOON)
    with read_session(engine) as session:
        assert till_setup.donation_categories(session) == ["Vélos", "textile"]
        assert [(w.category, w.kg) for w in till.today_donations(session, volunteer, NOON)] == [
            ("Vélos", 14.2)
        ]


def test_today_counts_and_day_summary_match_the_rows(engine, coordinator, volunteer, agent):
    buttons = make_buttons(engine, coordinator)
    day = date(2026, 11, 21)
    start, end = day_bounds(day)
    moments = [
        start - timedelta(minutes=1),  # 23:59 the day before, Paris time
        start,  # 00:00 Paris time
        NOON,
        end - timedelta(seconds=1),
        end,  # the next day
    ]
    plan = [(buttons[i % 5], moments[i % len(moments)]) for i in range(37)]
    with write_session(engine) as session:
        for index, (button, moment) in enumerate(plan):
            actor = volunteer if index % 2 else agent
            till.record_click(session, actor, button.id, now=moment)
        till.record_donation(session, volunteer, "mobilier", "12,5", now=NOON)
        till.record_donation(session, volunteer, "mobilier", 3, now=start)
        till.record_donation(session, volunteer, "livres", "0,75", now=NOON)
        till.record_donation(session, volunteer, "livres", "9", now=end)
        # an anonymous reception visit is not a till click
        session.add(Visit(site_id=volunteer.site_id, kind="accueil", occurred_at=NOON))
    add_referral(engine, coordinator, NOON)
    add_referral(engine, coordinator, NOON)
    add_referral(engine, coordinator, end + timedelta(hours=1))

    expected = Counter(
        button.kind_code for button, moment in plan if start <= moment < end
    )  # computed from the plan, not from the database
    with read_session(engine) as session:
        counts = till.today_counts(session, volunteer, now=NOON)
        summary = till.day_summary(session, volunteer, day, now=NOON)
        stored = Counter(
            v.kind
            for v in session.exec(select(Visit))
            if start <= till.to_utc_stored(v.occurred_at) < end and v.kind != "accueil"
        )
        referrals = [
            r
            for r in session.exec(select(Referral))
            if start <= till.to_utc_stored(r.created_at) < end
        ]
    per_button = {b.kind_code: expected[b.kind_code] for b in buttons}
    assert sum(per_button.values()) > 0
    assert {c.kind_code: c.count for c in counts} == per_button
    assert stored == expected
    assert {b.kind_code: b.count for b in summary.buttons} == per_button
    assert summary.total_visits == sum(expected.values())
    assert [(w.category, w.kg, w.count) for w in summary.donations] == [
        ("mobilier", 15.5, 2),
        ("livres", 0.75, 1),
    ]
    assert summary.total_kg == 16.25
    assert summary.referrals == len(referrals) == 2
    assert summary.site_name == "Point Accueil Emploi de Pipriac"


def test_a_volunteer_uses_the_till_but_configures_nothing(engine, coordinator, agent, volunteer):
    buttons = make_buttons(engine, coordinator)
    for actor in (volunteer, agent, coordinator):
        with write_session(engine) as session:
            visit = till.record_click(session, actor, buttons[1].id, now=NOON)
            till.record_donation(session, actor, "livres", "1,5", visit.id, now=NOON)
            till.today_counts(session, actor, now=NOON)
            till.today_donations(session, actor, now=NOON)
            till.day_summary(session, actor, now=NOON)
        with write_session(engine) as session:
            till.undo_last_click(session, actor, now=NOON)
    for actor in (volunteer, agent):
        for call in (
            lambda s, a: till_setup.update_till_button(s, a, buttons[0].id, label="X"),
            lambda s, a: till_setup.move_till_button(s, a, buttons[0].id, 1),
            lambda s, a: till_setup.set_donation_categories(s, a, ["x"]),
        ):
            with pytest.raises(PermissionDenied), write_session(engine) as session:
                call(session, actor)
