"""The directory as data·inclusion JSON: {"structures": [...], "services": [...]}."""

import json

from sqlmodel import Session

from app.exporters.common import directory_entries
from app.permissions import Actor


def _clean(record: dict) -> dict:
    """data·inclusion leaves unknown values out (null) rather than empty."""
    return {k: (v if v not in ("", [], None) else None) for k, v in record.items()}


def export_datainclusion(session: Session, actor: Actor) -> bytes:
    structures: dict[tuple[str, str], dict] = {}
    services = []
    for entry in directory_entries(session, actor):
        org, service = entry.organization, entry.service
        key = (entry.organization_source, entry.organization_id)
        structure = structures.get(key)
        if structure is None:
            structure = _clean(
                {
                    "source": key[0],
                    "id": key[1],
                    "nom": org.name,
                    "date_maj": entry.updated_on.isoformat(),
                    "description": org.description,
                    "siret": org.siret,
                    "commune": org.commune,
                    "code_postal": org.postal_code,
                    "adresse": org.address,
                    "telephone": org.phone,
                    "courriel": org.email,
                    "site_web": org.website,
                }
            )
            structures[key] = structure
        structure["date_maj"] = max(structure["date_maj"], entry.updated_on.isoformat())
        services.append(
            _clean(
                {
                    "source": entry.service_source,
                    "structure_id": key[1],
                    "id": entry.service_id,
                    "nom": service.name,
                    "description": service.description,
                    "date_maj": entry.updated_on.isoformat(),
                    "type": service.type,
                    "thematiques": list(service.themes),
                    "frais": service.fees,
                    "frais_precisions": service.fees_details,
                    "publics": list(service.publics),
                    "publics_precisions": service.publics_details,
                    "conditions_acces": service.access_conditions,
                    "commune": service.commune,
                    "code_postal": service.postal_code,
                    "adresse": service.address,
                    "longitude": service.longitude,
                    "latitude": service.latitude,
                    "telephone": service.phone,
                    "courriel": service.email,
                    "lien_source": service.website,
                    "modes_accueil": list(service.modes_accueil),
                    "contact_nom_prenom": service.contact_name,
                    "modes_mobilisation": list(service.modes_mobilisation),
                    "mobilisation_precisions": service.mobilisation_details,
                    "horaires_accueil": service.opening_hours,
                }
            )
        )
    document = {"structures": list(structures.values()), "services": services}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
