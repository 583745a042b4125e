"""The place of the `place` suite: set up fresh for each test, everything stopped and removed
after it."""

import pytest

from tests.place.harness import Place


@pytest.fixture
def place():
    made = Place()
    try:
        made.set_up()
        yield made
    finally:
        made.close()
