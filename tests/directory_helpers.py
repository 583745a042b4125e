"""Helpers for the directory tests: a small directory with varied services."""

from datetime import date

from app.db import write_session
from app.services.directory import add_closure, save_organization, save_service


def make_directory(engine, actor) -> dict:
    """Three services in two organisations; returns their ids by short name."""
    with write_session(engine) as session:
        caf = save_organization(
            session,
            actor,
            {
                "name": "Épicerie solidaire Le Panier",
                "address": "4 rue des Tisserands",
                "postal_code": "35990",
                "commune": "Bourg-des-Landes",
                "phone": "02 99 10 20 30",
                "siret": "12345678901234",
            },
        )
        mission = save_organization(session, actor, {"name": "Mission locale"})
        food = save_service(
            session,
            actor,
            caf.id,
            {
                "name": "Épicerie solidaire",
                "description": "Produits alimentaires à petit prix",
                "themes": ["equipement-et-alimentation--alimentation"],
                "publics": ["familles"],
                "fees": "payant",
                "fees_details": "10 % du prix",
                "modes_accueil": ["en-presentiel"],
                "modes_mobilisation": ["se-presenter"],
                "documents_to_bring": ["Attestation CAF", "Avis d'imposition"],
                "address": "4 rue des Tisserands",
                "postal_code": "35990",
                "commune": "Bourg-des-Landes",
                "latitude": 47.9,
                "longitude": -1.7,
                "phone": "02 99 10 20 30",
                "opening_hours": "Tu,Th 14:00-18:00; Sa 09:30-12:00; PH off",
                "opening_hours_details": "Fermé en août",
                "languages": ["français", "anglais"],
                "wheelchair_access": True,
                "last_verified_on": date(2026, 9, 1),
                "type": "aide-materielle",
                "contact_name": "Camille",
                "access_conditions": "Sur orientation",
                "mobilisation_details": "Appeler avant",
                "publics_details": "Familles avec enfants",
            },
        )
        jobs = save_service(
            session,
            actor,
            mission.id,
            {
                "name": "Accompagnement des jeunes",
                "themes": ["trouver-un-emploi--repondre-a-des-offres-demploi"],
                "publics": ["jeunes"],
                "fees": "gratuit",
                "commune": "Rennes",
                "opening_hours": "Mo-Fr 09:00-12:00,13:30-17:30; PH off",
                "last_verified_on": date(2024, 1, 10),
                "email": "contact@mission.example",
                "website": "mission.example",
            },
        )
        night = save_service(
            session,
            actor,
            mission.id,
            {"name": "Écoute de nuit", "themes": ["sante--sante-mentale"], "opening_hours": "24/7"},
        )
        add_closure(session, actor, jobs.id, date(2026, 12, 20), date(2027, 1, 3), "travaux")
        return {"food": food.id, "jobs": jobs.id, "night": night.id}
