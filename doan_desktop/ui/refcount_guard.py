"""A guard against a PySide6 6.12.0 bug that aborts the interpreter on Python 3.11.

In that release, every call into Qt that returns nothing (``label.setText(…)``,
``app.processEvents()``, ``QThreadPool.start(fn)``) and every ``signal.emit()`` gives back
None or True without the reference it owes. Python 3.12 made None, True and False immortal, so
there the missing reference does no harm; on 3.11 their counts fall with every call until
Python stops with "Fatal Python error: none_dealloc" (or bool_dealloc) — after minutes of use.

These three objects are never freed in any case (freeing one is itself that fatal error), so
giving them a reference count no program can exhaust is what Python 3.12 does, done here for
3.11. Nothing is changed on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_done = False


def immortalise_singletons() -> None:
    """Once per process, before the window is built."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for value in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(value)).value += _MARGIN
    _done = True
