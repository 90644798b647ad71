"""The one reader of the wall clock.

Every rule that depends on "today" (periods, ages, alerts, proposed hosts, report values, the
thinning of backups) takes it from here or as an argument, so that a test can pin the time by
replacing ``_wall`` and nothing else in the program can drift with the real calendar. Elapsed-time
measurements (``time.perf_counter``) are not calendar reads and do not come here.
"""

from __future__ import annotations

import datetime as dt


def _wall() -> dt.datetime:
    """The current moment, aware, in the machine's time zone."""
    return dt.datetime.now().astimezone()


def now() -> dt.datetime:
    """Local time, naive: what the clerk's wall clock shows (file stamps, printed times)."""
    return _wall().replace(tzinfo=None)


def utc_now() -> dt.datetime:
    """The current moment in UTC, aware (signatures, stored change times)."""
    return _wall().astimezone(dt.UTC)


def today() -> dt.date:
    """The local calendar date."""
    return now().date()
