"""Aiguillage: everything that is not Qt (config, database, services, PDFs, importers, CLI)."""

# Kept equal to pyproject.toml's version by tests/test_cli.py (reading the installed
# metadata instead costs a scan of site-packages at every start).
__version__ = "0.1.0"
