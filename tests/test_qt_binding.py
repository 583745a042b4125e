"""The Qt binding must not leak references to None: a desk stays open all day long."""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("Bonjour")
print(sys.getrefcount(None) - before)
"""


def test_calls_that_return_nothing_keep_none_alive():
    # In a child process: a binding with the bug aborts the interpreter ("none_dealloc").
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
