"""Several real desks (processes) on one real server: a merge while another desk logs visits
for the merged-away file, five desks clicking the till at once, two desks editing the same
file, and what one desk does seen at another without reloading."""

import uuid
from datetime import timedelta

import pytest
from sqlmodel import select

from app.clock import local_today, utcnow
from app.db import read_session, write_session
from app.errors import EditConflict
from app.services.people import PersonFields, update_person
from app.services.person_history import merge_people  # noqa: F401  (what desk A runs)
from app.services.referrals import create_referrals
from models import Person, Referral, Service, Visit
from tests.live_helpers import finish, go, start_desk
from tests.reception_helpers import make_person
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service
from tests.till_helpers import make_buttons

pytestmark = pytest.mark.server

SEEN_TIMEOUT_MS = 30_000  # « within 2 s » is measured by the benchmark, not asserted here


def _oks(lines: list[str]) -> list[str]:
    assert not [line for line in lines if line.startswith("said")], lines
    return [line.split()[1] for line in lines if line.startswith("ok")]


def test_a_merge_while_another_desk_logs_visits_puts_every_visit_on_the_kept_file(
    db_path, engine, agent
):
    keep = make_person(engine, agent, "Anne", "Durand")
    gone = make_person(engine, agent, "Anne", "Durant")
    logging_desk = start_desk(db_path, agent, "visits", str(gone.id), "80")
    merging_desk = start_desk(db_path, agent, "merge", str(keep.id), str(gone.id))
    go(logging_desk)
    for _ in range(10):  # the merge starts while visits keep coming
        assert logging_desk.stdout.readline().startswith("ok")
    go(merging_desk)
    assert finish(merging_desk) == ["ok merged"]
    acknowledged = 10 + len(_oks(finish(logging_desk)))
    assert acknowledged == 80
    with read_session(engine) as session:
        visits = session.exec(select(Visit)).all()
        assert len(visits) == 80
        assert {visit.person_id for visit in visits} == {keep.id}
        assert session.get(Person, gone.id).merged_into_id == keep.id


def test_five_desks_clicking_the_till_at_once_lose_nothing(db_path, engine, volunteer):
    button = make_buttons(engine, volunteer)[0]
    desks = [
        start_desk(db_path, volunteer, "clicks", str(button.id), "60", "30") for _ in range(5)
    ]
    go(*desks)
    acknowledged = [visit_id for desk in desks for visit_id in _oks(finish(desk))]
    assert len(acknowledged) == 300 == len(set(acknowledged))
    with read_session(engine) as session:
        stored = session.exec(select(Visit.id).where(Visit.kind == button.kind_code)).all()
    assert sorted(visit_id.hex for visit_id in stored) == sorted(acknowledged)


def test_another_desk_process_saved_first_so_this_save_is_refused(db_path, engine, agent):
    person = make_person(engine, agent, "Hélène", "Le Gall", phone="0611223344")
    with read_session(engine) as session:
        loaded = session.get(Person, person.id).version  # this desk opens the form
    other = start_desk(db_path, agent, "edit-person", str(person.id), "0699887766")
    go(other)
    assert finish(other) == ["ok edited"]
    with pytest.raises(EditConflict) as refused, write_session(engine) as session:
        update_person(
            session, agent, person.id, PersonFields("Hélène", "Le Gall", phone="0600000000"),
            version=loaded,
        )  # fmt: skip
    assert "téléphone" in refused.value.changed
    with read_session(engine) as session:
        assert session.get(Person, person.id).phone == "0699887766"


@pytest.fixture
def window_of(qtbot):
    """The desk's main window for a context, shown and listening to the other desks."""
    from ui.application import get_application
    from ui.main_window import MainWindow

    windows = []

    def make(desk_ctx):  # type: ignore[no-untyped-def]
        get_application("fr")
        window = MainWindow(desk_ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.live.listener.listening.is_set, timeout=SEEN_TIMEOUT_MS)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.live.stop()


def _shown(window, key: str):  # type: ignore[no-untyped-def]
    window.show_page(key)
    return window.page(key)


def test_reception_log_and_an_open_file_follow_another_desk(qtbot, db_path, engine, ctx, agent,
                                                            window_of):  # fmt: skip
    person = make_person(engine, agent, "Hélène", "Le Gall", phone="0611223344")
    window = window_of(ctx)
    reception = _shown(window, "accueil")
    assert reception.log_model.rowCount() == 0
    other = start_desk(db_path, agent, "visits", str(person.id), "1")
    go(other)
    finish(other)
    qtbot.waitUntil(lambda: reception.log_model.rowCount() == 1, timeout=SEEN_TIMEOUT_MS)
    people = _shown(window, "personnes")
    people.open_person(person.id)
    qtbot.waitUntil(lambda: people.file_view.person is not None, timeout=SEEN_TIMEOUT_MS)
    editor = start_desk(db_path, agent, "edit-person", str(person.id), "0699887766")
    go(editor)
    finish(editor)
    qtbot.waitUntil(
        lambda: people.file_view._values["phone"].text() == "06 99 88 77 66",
        timeout=SEEN_TIMEOUT_MS,
    )


def test_till_counters_follow_another_desk(qtbot, db_path, engine, volunteer_ctx, volunteer,
                                           window_of):  # fmt: skip
    button = make_buttons(engine, volunteer)[0]
    till_page = _shown(window_of(volunteer_ctx), "caisse")
    qtbot.waitUntil(lambda: button.id in till_page._buttons, timeout=SEEN_TIMEOUT_MS)
    assert till_page._buttons[button.id].count == 0
    other = start_desk(db_path, volunteer, "clicks", str(button.id), "3", "100")
    go(other)
    finish(other)
    qtbot.waitUntil(lambda: till_page._buttons[button.id].count == 3, timeout=SEEN_TIMEOUT_MS)


def _badge(window) -> str:  # type: ignore[no-untyped-def]
    from ui.main_window import KEY_ROLE

    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    return next(item.text() for item in items if item.data(KEY_ROLE) == "orientations")


def test_directory_and_follow_up_badge_follow_another_desk(
    qtbot, db_path, engine, ctx, agent, coordinator, window_of
):
    service_id = add_service(engine)
    with write_session(engine) as session:
        (referral,) = create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )
        referral.follow_up_on = local_today() - timedelta(days=1)  # a follow-up is due
        referral_id = referral.id
    window = window_of(ctx)
    directory = _shown(window, "annuaire")
    qtbot.waitUntil(lambda: [hit.name for hit in directory.hits] == ["Atelier CV et candidatures"],
                    timeout=SEEN_TIMEOUT_MS)  # fmt: skip
    qtbot.waitUntil(lambda: _badge(window).endswith("(1)"), timeout=SEEN_TIMEOUT_MS)
    renaming = start_desk(db_path, coordinator, "service", str(service_id), "Atelier CV du lundi")
    go(renaming)
    assert finish(renaming) == ["ok service"]
    qtbot.waitUntil(
        lambda: [hit.name for hit in directory.hits] == ["Atelier CV du lundi"],
        timeout=SEEN_TIMEOUT_MS,
    )
    with read_session(engine) as session:
        assert session.get(Service, service_id).name == "Atelier CV du lundi"
    sending = start_desk(db_path, agent, "referral", str(referral_id), "envoyee")
    go(sending)
    assert finish(sending) == ["ok referral"]
    qtbot.waitUntil(lambda: not _badge(window).endswith(")"), timeout=SEEN_TIMEOUT_MS)
    with read_session(engine) as session:
        assert session.get(Referral, referral_id).status == "envoyee"
    assert uuid.UUID(str(referral_id))


def test_clicks_kept_while_the_server_was_away_reach_the_other_desks_counters(
    engine, volunteer, tmp_path
):
    import queue

    from app.db import listener, write_session
    from app.outbox import Outbox
    from models import TillButton

    with write_session(engine) as session:  # a kept click is clicked again on the server
        session.add(TillButton(site_id=volunteer.site_id, label="Test", kind_code="caisse-test"))
    heard: queue.Queue[str] = queue.Queue()
    listening = listener(engine, heard.put)
    listening.start()
    box = Outbox(tmp_path / "boite.sqlite")
    try:
        assert listening.listening.wait(SEEN_TIMEOUT_MS / 1000)
        box.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-test", utcnow())
        assert box.flush(engine) == 1
        assert heard.get(timeout=SEEN_TIMEOUT_MS / 1000) == "till"
    finally:
        box.close()
        listening.stop()
