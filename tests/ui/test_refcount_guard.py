"""The guard keeps a long session alive despite PySide6 6.12.0's lost references on 3.11."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
from doan_desktop.ui.refcount_guard import immortalise_singletons
immortalise_singletons()
app = QApplication([])
label = QLabel()
for _ in range(200_000):
    label.setText("x")
print("alive")
"""


def test_many_qt_calls_do_not_abort_the_interpreter():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert "alive" in done.stdout
