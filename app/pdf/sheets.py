"""The orientation sheet the person takes away: A4, or an 80 mm receipt for till printers.

    pdf_bytes = render_orientation_sheet(session, [referral.id], paper="receipt")

One sheet lists every chosen service of a referral group: name and organisation, address,
phone, e-mail, opening hours in words, next opening, coming closure, how to get in, documents,
fees, access conditions, last verified date, and a QR code (the phone, or the address).
ReportLab is imported inside the functions: never at start-up.
"""

import re
import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from app.clock import local_today, to_local, utcnow
from app.errors import UserError
from app.i18n import translate
from app.pdf import sheet_labels as words
from app.pdf.sheet_content import ServiceBlock, SheetContent
from app.phone_numbers import shown_phone
from models import Organization, Person, Referral, Service, ServiceClosure, Site

PAPERS = ("a4", "receipt")


# --- gathering --------------------------------------------------------------------------------
def qr_value_for(phone: str, address: str) -> str:
    """`tel:` and the digits of the phone (keeping a leading +), or else the address."""
    digits = re.sub(r"[^\d+]", "", phone or "")
    digits = digits[:1] + digits[1:].replace("+", "")
    return f"tel:{digits}" if len(digits.lstrip("+")) >= 3 else address


def _joined(*parts: str, sep: str = " — ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def _service_block(
    service: Service,
    organization: Organization,
    closures: list[ServiceClosure],
    language: str,
    now: datetime,
) -> ServiceBlock:
    from app.opening_hours import describe_hours, next_opening, opening_state

    def lab(key: str) -> str:
        return words.label(language, key)

    street = service.address or organization.address
    town = _joined(
        service.postal_code or organization.postal_code,
        service.commune or organization.commune,
        sep=" ",
    )
    address = _joined(street, town, sep=", ")
    phone = shown_phone(service.phone or organization.phone)
    email = service.email or organization.email
    fields: list[tuple[str, str]] = [
        (lab("address"), address),
        (lab("phone"), phone),
        (lab("email"), email),
    ]
    if service.opening_hours:
        try:
            hours = describe_hours(service.opening_hours, language)
            state = opening_state(service.opening_hours, closures, now, language)
            upcoming = None if state.is_open else next_opening(service.opening_hours, closures, now)
        except UserError:
            hours, state, upcoming = service.opening_hours, None, None
        fields.append((lab("hours"), _joined(hours, service.opening_hours_details, sep="\n")))
        if state is not None and state.is_open:
            fields.append((lab("next_opening"), lab("open_now")))
        elif upcoming is not None:
            fields.append((lab("next_opening"), words.format_moment(to_local(upcoming), language)))
    else:
        fields.append(
            (lab("hours"), _joined(lab("no_hours"), service.opening_hours_details, sep="\n"))
        )
    today = local_today(now)
    coming = sorted((c for c in closures if c.ends_on >= today), key=lambda c: c.starts_on)
    if coming:
        closure = coming[0]
        text = lab("closure_text").format(
            start=words.format_day(closure.starts_on, language),
            end=words.format_day(closure.ends_on, language),
        )
        fields.append((lab("closure"), _joined(text, closure.message, sep="\n")))
    how = ", ".join(words.mobilisation_words(list(service.modes_mobilisation or []), language))
    fields.append((lab("how"), _joined(how, service.mobilisation_details, sep="\n")))
    fields.append((lab("documents"), ", ".join(service.documents_to_bring or [])))
    fields.append(
        (
            lab("fees"),
            _joined(words.fees_words(service.fees, language), service.fees_details, sep="\n"),
        )
    )
    fields.append(
        (lab("conditions"), _joined(service.access_conditions, service.publics_details, sep="\n"))
    )
    if service.last_verified_on:
        fields.append((lab("verified"), words.format_day(service.last_verified_on, language)))
    qr_value = qr_value_for(phone, address)
    caption = lab("scan") if qr_value.startswith("tel:") else lab("scan_address")
    return ServiceBlock(
        name=service.name,
        organization=organization.name,
        fields=[(name, value) for name, value in fields if value],
        qr_value=qr_value,
        qr_caption=caption,
    )


def gather_sheet(
    session: Session,
    referral_ids: Sequence[uuid.UUID],
    *,
    language: str | None = None,
    now: datetime | None = None,
) -> SheetContent:
    """Everything the sheet prints, read from the database in a few queries."""
    now = now or utcnow()
    ids = list(dict.fromkeys(referral_ids))
    if not ids:
        raise UserError(translate("Sheets", "Please choose at least one referral."))
    # the columns the sheet prints from, never the referral's reason (a till desk cannot read
    # a referral's themes either: its receipt is drawn from what it chose, by `sheet_content`)
    referrals = session.exec(
        select(
            Referral.id, Referral.site_id, Referral.service_id, Referral.person_id,
            Referral.language, Referral.themes,
        ).where(col(Referral.id).in_(ids))
    ).all()  # fmt: skip
    if len(referrals) != len(ids):
        raise UserError(translate("Sheets", "This referral no longer exists."))
    referrals = sorted(referrals, key=lambda r: ids.index(r.id))
    first = referrals[0]
    person_id = next((r.person_id for r in referrals if r.person_id), None)
    person = session.get(Person, person_id) if person_id else None
    first_name = person.first_name if person and person.anonymised_at is None else ""
    themes: list[str] = []
    for referral in referrals:
        themes.extend(referral.themes or [])
    return sheet_content(
        session,
        first.site_id,
        [r.service_id for r in referrals],
        themes,
        language=words.sheet_language(language or first.language),
        first_name=first_name,
        now=now,
    )


def sheet_content(
    session: Session,
    site_id: uuid.UUID,
    service_ids: Sequence[uuid.UUID],
    themes: Sequence[str],
    *,
    language: str,
    first_name: str = "",
    now: datetime | None = None,
) -> SheetContent:
    """What a sheet prints for these services, read from the directory tables only: the same
    code reads the server, or the desk's directory copy when the main PC is out of reach
    (app.directory_copy), so the sheet is the same."""
    now = now or utcnow()
    service_ids = list(service_ids)
    site = session.get(Site, site_id)
    services = {
        s.id: s for s in session.exec(select(Service).where(col(Service.id).in_(service_ids)))
    }
    if len(services) != len(set(service_ids)):
        raise UserError(translate("Referrals", "A chosen service is no longer in the directory."))
    org_ids = {s.organization_id for s in services.values()}
    orgs = {
        o.id: o for o in session.exec(select(Organization).where(col(Organization.id).in_(org_ids)))
    }
    closures: dict[uuid.UUID, list[ServiceClosure]] = {sid: [] for sid in service_ids}
    for closure in session.exec(
        select(ServiceClosure).where(
            col(ServiceClosure.service_id).in_(service_ids),
            ServiceClosure.ends_on >= local_today(now),
        )
    ):
        closures[closure.service_id].append(closure)
    content = SheetContent(
        language=language,
        site_name=site.name if site else "",
        site_lines=[
            line
            for line in (
                _joined(
                    site.address if site else "",
                    _joined(site.postal_code, site.commune, sep=" ") if site else "",
                    sep=", ",
                ),
                _joined(shown_phone(site.phone), site.email, sep=" · ") if site else "",
            )
            if line
        ],
        logo_png=site.logo_png if site else None,
        day=words.format_day(local_today(now), language),
        first_name=first_name,
        about=words.theme_words(themes, language),
    )
    for service_id in dict.fromkeys(service_ids):
        service = services[service_id]
        content.blocks.append(
            _service_block(
                service, orgs[service.organization_id], closures[service_id], language, now
            )
        )
    return content


def render_orientation_sheet(
    session: Session,
    referral_ids: Sequence[uuid.UUID],
    *,
    paper: str = "a4",
    language: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """The sheet as PDF bytes. `language` defaults to the referral's sheet language."""
    if paper not in PAPERS:
        raise UserError(translate("Sheets", "Unknown paper format: choose A4 or receipt."))
    content = gather_sheet(session, referral_ids, language=language, now=now)
    from app.pdf.sheet_layout import build_pdf

    return build_pdf(content, paper)
