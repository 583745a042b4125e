"""A desk process for the tests of several desks on one server (like server_kill_writer.py).

    python tests/live_desk.py ADDRESS AGENT_ID ACTION ARGS...

ADDRESS « join » is a desk of a shared place joining with its one-time code, as a new PC does
(AIGUILLAGE_LIVE_JOIN: « host port fingerprint code database »): it then works with its own
login, its data folder the one of its environment (XDG_DATA_HOME).

It signs in as the agent, waits for a line « go » on its stdin (so several desks start at
once), does ACTION and prints one line per acknowledged save (« ok ID »), or « said MESSAGE »
when refused:
    visits PERSON_ID COUNT        log COUNT visits for a person, one transaction each
    merge KEEP_ID REMOVE_ID       merge two files
    clicks BUTTON_ID COUNT RATE   COUNT till clicks, RATE per second, each « ok ID MS »
    edit-person PERSON_ID PHONE   change a file's phone number
    service SERVICE_ID NAME       rename a service
    referral REFERRAL_ID STATUS   change a referral's status
    anonymous-visit               log an anonymous visit at reception
    weigh CATEGORY KG             a donation weighed (a drop-off without a click)
    new-person FIRST LAST         create a file
    report-refused                tell the main PC of one kept record refused, one waiting
    rename-button BUTTON_ID LABEL change a till button's label
"""

import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import make_engine, read_session, retrying, write_session  # noqa: E402
from app.errors import UserError  # noqa: E402
from app.permissions import Actor  # noqa: E402
from models import Agent  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line.replace("\n", " ") + "\n").encode("utf-8"))


def main() -> None:
    address, agent_id, action, *args = sys.argv[1:]
    if address == "join":
        from app.sharing import desks

        host, port, fingerprint, code, database = os.environ["AIGUILLAGE_LIVE_JOIN"].split()
        address = desks.join(host, int(port), fingerprint, code, database).url
    engine = make_engine(address)
    with read_session(engine) as session:
        agent = session.get(Agent, uuid.UUID(agent_id))
        actor = Actor(agent_id=agent.id, role=agent.role, site_id=agent.site_id)
    say("ready")
    if sys.stdin.readline().strip() != "go":
        return
    if action == "visits":
        from app.services.visits import VisitFields, log_visit

        person_id = uuid.UUID(args[0])
        for _ in range(int(args[1])):

            def one():  # type: ignore[no-untyped-def]
                with write_session(engine) as session:
                    return log_visit(session, actor, VisitFields(), person_id).id

            try:
                say(f"ok {retrying(one).hex}")
            except UserError as refused:
                say(f"said {refused.message}")
    elif action == "merge":
        from app.services.person_history import merge_people

        with write_session(engine) as session:
            merge_people(session, actor, uuid.UUID(args[0]), uuid.UUID(args[1]))
        say("ok merged")
    elif action == "clicks":
        from app.services.till import record_click

        button_id, count, rate = uuid.UUID(args[0]), int(args[1]), float(args[2])
        start = time.perf_counter()
        for index in range(count):
            wait = start + index / rate - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            began = time.perf_counter()
            try:
                with write_session(engine) as session:
                    visit_id = record_click(session, actor, button_id).id
            except UserError as refused:
                say(f"said {refused.message}")
                continue
            say(f"ok {visit_id.hex} {(time.perf_counter() - began) * 1000:.2f}")
    elif action == "edit-person":
        from app.services.people import PersonFields, get_person, update_person

        with write_session(engine) as session:
            person = get_person(session, actor, uuid.UUID(args[0]))
            fields = PersonFields(person.first_name, person.last_name, phone=args[1])
            update_person(session, actor, person.id, fields, version=person.version)
        say("ok edited")
    elif action == "service":
        from app.services.directory import get_service, save_service

        with write_session(engine) as session:
            details = get_service(session, actor, uuid.UUID(args[0]))
            service = details.service
            save_service(
                session, actor, service.organization_id, {"name": args[1]}, service.id,
                version=service.version,
            )  # fmt: skip
        say("ok service")
    elif action == "referral":
        from app.services.referrals import change_status

        with write_session(engine) as session:
            change_status(session, actor, uuid.UUID(args[0]), args[1])
        say("ok referral")
    elif action == "anonymous-visit":
        from app.services.visits import VisitFields, log_visit

        with write_session(engine) as session:
            say(f"ok {log_visit(session, actor, VisitFields(), None).id.hex}")
    elif action == "weigh":
        from app.services.till import record_donation

        with write_session(engine) as session:
            record_donation(session, actor, args[0], args[1])
        say("ok weighed")
    elif action == "new-person":
        from app.services.people import PersonFields, create_person

        with write_session(engine) as session:
            say(f"ok {create_person(session, actor, PersonFields(args[0], args[1])).id.hex}")
    elif action == "report-refused":
        from app.clock import utcnow
        from app.db.pg_roles import report_outbox

        refused = {"id": str(uuid.uuid4()), "what": "visit", "site_id": str(actor.site_id),
                   "agent_id": str(actor.agent_id), "occurred_at": utcnow().isoformat(),
                   "body": {}, "reason": "Ce bouton de caisse n'existe plus."}
        report_outbox(engine, 1, utcnow(), [refused])
        say("ok reported")
    elif action == "rename-button":
        from app.services.till_setup import update_till_button

        with write_session(engine) as session:
            update_till_button(session, actor, uuid.UUID(args[0]), label=args[1])
        say("ok renamed")
    engine.dispose()


if __name__ == "__main__":
    main()
