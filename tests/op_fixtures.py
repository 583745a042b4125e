"""The operations layer in tests: database work runs inline (as Picard's fake thread pool), so
a test that clicks can look at what is stored straight after; `real_db_worker` gives a test
the real worker thread, and waits at the end until it has nothing left to do."""

import pytest

from ui import operations


@pytest.fixture(autouse=True)
def _operations_inline(monkeypatch):
    monkeypatch.setattr(operations, "SYNCHRONOUS", True)


@pytest.fixture
def real_db_worker(monkeypatch, qtbot):
    monkeypatch.setattr(operations, "SYNCHRONOUS", False)
    yield operations
    qtbot.waitUntil(lambda: operations.pending() == 0, timeout=60_000)
