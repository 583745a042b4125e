"""National-size files shaped like data·inclusion's weekly publication (schema v1):
services.json / structures.json (or .csv), seeded, spread over the 101 départements roughly as
the population is.

    made = write_pair(folder, services=140_000, structures=100_000, seed=1, week=1)
    made.placed["35"]          # ids of the services the generator put in Ille-et-Vilaine

`placed` is computed here, from the generator's own choices (the commune it gave a service, or
its structure's when it gave none), never by the importer's code. Week 2 (same seed) renames
one service in 40 and drops one in 30: `made.renamed` and `made.dropped` list them.

    python -m bench.national_files FOLDER [--services N] [--structures N] [--csv] [--week 2]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from data_inclusion.schema import v1 as di

# the 101 départements, with a weight near their population (hundreds of thousands)
DEPARTEMENTS = {
    "01": 7, "02": 5, "03": 3, "04": 2, "05": 1, "06": 11, "07": 3, "08": 3, "09": 2, "10": 3,
    "11": 4, "12": 3, "13": 20, "14": 7, "15": 1, "16": 4, "17": 7, "18": 3, "19": 2, "2A": 2,
    "2B": 2, "21": 5, "22": 6, "23": 1, "24": 4, "25": 5, "26": 5, "27": 6, "28": 4, "29": 9,
    "30": 8, "31": 14, "32": 2, "33": 17, "34": 12, "35": 11, "36": 2, "37": 6, "38": 13,
    "39": 3, "40": 4, "41": 3, "42": 8, "43": 2, "44": 15, "45": 7, "46": 2, "47": 3, "48": 1,
    "49": 8, "50": 5, "51": 6, "52": 2, "53": 3, "54": 7, "55": 2, "56": 8, "57": 10, "58": 2,
    "59": 26, "60": 8, "61": 3, "62": 15, "63": 7, "64": 7, "65": 2, "66": 5, "67": 11,
    "68": 8, "69": 19, "70": 2, "71": 6, "72": 6, "73": 4, "74": 8, "75": 21, "76": 12,
    "77": 14, "78": 14, "79": 4, "80": 6, "81": 4, "82": 3, "83": 11, "84": 6, "85": 7,
    "86": 4, "87": 4, "88": 4, "89": 3, "90": 1, "91": 13, "92": 16, "93": 17, "94": 14,
    "95": 12, "971": 4, "972": 4, "973": 3, "974": 9, "976": 3,
}  # fmt: skip
SOURCES = (
    "dora",
    "soliguide",
    "france-travail",
    "emplois-de-linclusion",
    "mes-aides",
    "action-logement",
    "monenfant",
    "fredo",
)
WORDS = (
    "accompagnement accueil aide alimentaire atelier budget emploi écoute famille formation "
    "hébergement insertion jeunes logement mobilité numérique permanence santé social soutien "
    "droits parents orientation bénévoles quartier rendez-vous dossier administratif"
).split()
HOURS = ("Mo-Fr 09:00-12:00,14:00-17:00; PH off", "Tu,Th 14:00-18:00", "24/7", "")


def _postal(departement: str, rng: random.Random) -> str:
    if departement == "2A":
        return f"20{rng.randint(0, 199):03d}"
    if departement == "2B":
        return f"20{rng.randint(200, 620):03d}"
    if len(departement) == 3:
        return f"{departement}{rng.randint(0, 99):02d}"
    return f"{departement}{rng.randint(0, 999):03d}"


def _insee(departement: str, rng: random.Random) -> str:
    if len(departement) == 3:
        return f"{departement}{rng.randint(1, 99):02d}"
    return f"{departement}{rng.randint(1, 999):03d}"


@dataclass
class Made:
    services: Path
    structures: Path
    placed: dict[str, set[str]] = field(default_factory=dict)  # département → service ids
    zoned: dict[str, set[str]] = field(default_factory=dict)  # département → ids by zone only
    renamed: set[str] = field(default_factory=set)
    dropped: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # id → name, for the placed ones


def _text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words).capitalize() + "."


def write_pair(
    folder: Path,
    services: int = 140_000,
    structures: int = 100_000,
    seed: int = 1,
    week: int = 1,
    csv_format: bool = False,
    description: int = 200,
    keep_names_of: str = "",
) -> Made:
    """Write services and structures in `folder`; `description` is the mean length of a
    service's description (longer: bigger files, same number of rows)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    codes = list(DEPARTEMENTS)
    weights = list(DEPARTEMENTS.values())
    themes = [t.value for t in di.Thematique]
    publics = [p.value for p in di.Public]
    types = [t.value for t in di.TypeService]
    fees = [f.value for f in di.Frais]
    accueil = [m.value for m in di.ModeAccueil]
    mobilisation = [m.value for m in di.ModeMobilisation]
    lists = (themes, publics, types, fees, accueil, mobilisation)
    suffix = "csv" if csv_format else "json"
    made = Made(folder / f"services.{suffix}", folder / f"structures.{suffix}")

    structure_where: list[tuple[str, str, str]] = []  # (source, id, département)
    with _Writer(made.structures, csv_format, STRUCTURE_FIELDS) as out:
        for number in range(structures):
            source = SOURCES[number % len(SOURCES)]
            departement = rng.choices(codes, weights)[0]
            identifier = f"{source}--s{number:07d}"
            structure_where.append((source, identifier, departement))
            out.write(
                {
                    "source": source,
                    "id": identifier,
                    "nom": f"Structure {number} {rng.choice(WORDS)}",
                    "date_maj": "2026-11-02",
                    "description": _text(rng, 80),
                    "lien_source": f"https://{source}.example.fr/structures/{number}",
                    "siret": f"{rng.randint(10**13, 10**14 - 1)}" if number % 3 else None,
                    "commune": f"Commune {departement}",
                    "code_postal": _postal(departement, rng),
                    "code_insee": _insee(departement, rng),
                    "adresse": f"{number % 200 + 1} rue de la Gare",
                    "complement_adresse": None,
                    "longitude": round(rng.uniform(-5, 8), 5),
                    "latitude": round(rng.uniform(41, 51), 5),
                    "telephone": "0299000000" if number % 4 else "",
                    "courriel": f"contact{number}@example.fr" if number % 5 else "***",
                    "site_web": f"https://www.example.fr/{number}" if number % 2 else None,
                    "horaires_accueil": rng.choice(HOURS),
                    "accessibilite_lieu": None,
                    "reseaux_porteurs": ["france-services"] if number % 11 == 0 else [],
                }
            )

    with _Writer(made.services, csv_format, SERVICE_FIELDS) as out:
        for number in range(services):
            # most services belong to a structure of the same département
            source, structure_id, structure_departement = structure_where[rng.randrange(structures)]
            own = rng.random() < 0.7
            departement = (
                (structure_departement if rng.random() < 0.9 else rng.choices(codes, weights)[0])
                if own
                else structure_departement
            )
            identifier = f"{source}--{number:08d}"
            name = f"Service {number} {rng.choice(WORDS)}"
            zone = None
            if number % 13 == 0:
                zone = [rng.choices(codes, weights)[0], rng.choices(codes, weights)[0]]
            elif number % 97 == 0:
                zone = ["france"]
            record = _service(
                rng,
                number,
                source,
                structure_id,
                identifier,
                name,
                departement,
                own,
                zone,
                description,
                lists,
            )
            if week >= 2 and number % 30 == 7:
                made.dropped.add(identifier)
                continue
            if week >= 2 and number % 40 == 3:
                record["nom"] = name = name + " (nouveau nom)"
                made.renamed.add(identifier)
            made.placed.setdefault(departement, set()).add(identifier)
            if zone:
                for code in set(zone) - {departement}:
                    if code == "france":
                        for every in codes:
                            made.zoned.setdefault(every, set()).add(identifier)
                    else:
                        made.zoned.setdefault(code, set()).add(identifier)
            if keep_names_of == departement:
                made.names[identifier] = name
            out.write(record)
    return made


def _service(
    rng, number, source, structure_id, identifier, name, departement, own, zone, description, lists
):  # type: ignore[no-untyped-def]
    themes, publics, types, fees, accueil, mobilisation = lists
    epoch = number % 17 == 0
    return {
        "source": source,
        "structure_id": structure_id,
        "id": identifier,
        "nom": name,
        "description": _text(rng, rng.randint(description // 2, description * 3 // 2)),
        "lien_source": f"https://{source}.example.fr/services/{number}",
        "date_maj": 1762041600000 if epoch else "2026-11-02",
        "type": rng.choice(types),
        "thematiques": rng.sample(themes, 2) + (["theme-de-demain"] if number % 101 == 0 else []),
        "frais": rng.choice(fees),
        "frais_precisions": None,
        "publics": rng.sample(publics, 1),
        "publics_precisions": None,
        "conditions_acces": None,
        "commune": f"Commune {departement}" if own else None,
        "code_postal": _postal(departement, rng) if own else None,
        "code_insee": _insee(departement, rng) if own else None,
        "adresse": f"{number % 300 + 1} avenue de la République" if own else None,
        "complement_adresse": None,
        "longitude": round(rng.uniform(-5, 8), 5) if own else None,
        "latitude": round(rng.uniform(41, 51), 5) if own else None,
        "telephone": "" if number % 9 == 0 else "02 99 00 00 00",
        "courriel": "" if number % 6 == 0 else f"service{number}@example.fr",
        "modes_accueil": rng.sample(accueil, 1),
        "zone_eligibilite": zone,
        "contact_nom_prenom": None,
        "lien_mobilisation": None,
        "modes_mobilisation": rng.sample(mobilisation, 1),
        "mobilisable_par": ["usagers"],
        "mobilisation_precisions": None,
        "volume_horaire_hebdomadaire": None,
        "nombre_semaines": None,
        "horaires_accueil": rng.choice(HOURS),
    }


STRUCTURE_FIELDS = (
    "source id nom date_maj description lien_source siret commune code_postal code_insee "
    "adresse complement_adresse longitude latitude telephone courriel site_web "
    "horaires_accueil accessibilite_lieu reseaux_porteurs"
).split()
SERVICE_FIELDS = (
    "source structure_id id nom description lien_source date_maj type thematiques frais "
    "frais_precisions publics publics_precisions conditions_acces commune code_postal "
    "code_insee adresse complement_adresse longitude latitude telephone courriel modes_accueil "
    "zone_eligibilite contact_nom_prenom lien_mobilisation modes_mobilisation mobilisable_par "
    "mobilisation_precisions volume_horaire_hebdomadaire nombre_semaines horaires_accueil"
).split()


class _Writer:
    """A JSON array written one record at a time, or a CSV (lists as « a,b »)."""

    def __init__(self, path: Path, csv_format: bool, columns: list[str]) -> None:
        self.path, self.csv_format, self.columns = path, csv_format, columns
        self.first = True

    def __enter__(self) -> _Writer:
        self.file = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        if self.csv_format:
            self.csv = csv.writer(self.file)
            self.csv.writerow(self.columns)
        else:
            self.file.write("[\n")
        return self

    def write(self, record: dict) -> None:
        if self.csv_format:
            self.csv.writerow(
                [
                    ",".join(value) if isinstance(value, list) else "" if value is None else value
                    for value in (record[name] for name in self.columns)
                ]
            )
            return
        self.file.write(("" if self.first else ",\n") + json.dumps(record, ensure_ascii=False))
        self.first = False

    def __exit__(self, *exc: object) -> None:
        if not self.csv_format:
            self.file.write("\n]\n")
        self.file.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="data·inclusion-shaped national files")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--services", type=int, default=140_000)
    parser.add_argument("--structures", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--week", type=int, default=1)
    parser.add_argument("--csv", action="store_true")
    parser.add_argument("--description", type=int, default=200)
    args = parser.parse_args()
    made = write_pair(
        args.folder,
        args.services,
        args.structures,
        args.seed,
        args.week,
        args.csv,
        args.description,
    )
    placed = {code: sorted(ids) for code, ids in sorted(made.placed.items())}
    (args.folder / "placed.json").write_text(json.dumps(placed), encoding="utf-8")
    print(made.services, made.structures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
