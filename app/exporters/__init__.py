"""Writing the directory to files: CSV template, data·inclusion JSON, HSDS package, PDF."""

from sqlalchemy import Engine

from app.permissions import Actor

FORMATS = ("hsds", "datainclusion", "csv", "pdf")


def export_directory(engine: Engine, actor: Actor, kind: str, site_name: str = "") -> bytes:
    """The active directory in one of FORMATS (needs Permission.EXPORT_DATA)."""
    from app.db import read_session

    with read_session(engine) as session:
        if kind == "hsds":
            from app.exporters.hsds import export_hsds

            return export_hsds(session, actor)
        if kind == "datainclusion":
            from app.exporters.datainclusion import export_datainclusion

            return export_datainclusion(session, actor)
        if kind == "csv":
            from app.exporters.csv_export import export_csv

            return export_csv(session, actor)
        from app.exporters.directory_pdf import export_directory_pdf

        return export_directory_pdf(session, actor, site_name)
