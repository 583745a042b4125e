"""Aiguillage: everything that is not Qt (config, database, services, PDFs, importers, CLI)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("aiguillage")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
