"""The sample commune's part in "Chi đoàn 3 có": pilot chapters since 2025, the others since the
middle of this year, a remote chapter that meets every quarter, and one result the office
overrode with its reason.

The rest of what the models page shows comes from the records the other samples write: the
chapter without a secretary and the meeting gaps (demo.py, demo_meetings.py), the works.
Everything goes through the compliance use cases, so the sample obeys the clerk's rules.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import compliance
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import Chapter, ModelParticipation
from doan_desktop.core.vocab import RESIDENTIAL_CHAPTER_KINDS

PILOTS = 3
OVERRIDE_REASON = (
    "Chi đoàn cùng Đoàn xã làm công trình sửa chữa nhà văn hóa thôn trong quý; "
    "công trình ghi chung cho Đoàn xã nên chưa có trong sổ của chi đoàn."
)


def add_sample_models(session: Session, rng: random.Random, today: dt.date) -> int:
    """Record who takes part in the model; returns how many chapters."""
    chapters = list(
        session.scalars(
            select(Chapter)
            .where(Chapter.deleted_at.is_(None), Chapter.active.is_(True))
            .order_by(Chapter.sort_key)
        )
    )
    if not chapters or session.scalar(select(ModelParticipation.id)) is not None:
        return 0
    residential = [c for c in chapters if c.kind in RESIDENTIAL_CHAPTER_KINDS]
    pilots = set(c.id for c in rng.sample(residential, min(PILOTS, len(residential))))
    # A residential chapter far from the centre meets every quarter (DOMAIN.md §2).
    remote = [c for c in residential if c.id not in pilots]
    if remote:
        remote[-1].remote = True
    pilot_since = dt.date(min(2025, today.year), 1, 1)
    since = max(pilot_since, dt.date(today.year, 7, 1) if today.month > 6 else pilot_since)
    for chapter in chapters:
        pilot = chapter.id in pilots
        compliance.add_participation(session, chapter.id, pilot_since if pilot else since, pilot)
    session.flush()
    # The office counts one chapter of the last quarter as "3 có" on the evidence it holds.
    last_quarter = Period.quarter_of(today).previous()
    results = compliance.assess_period(session, last_quarter, today)
    missing_work_only = [
        r for r in results if r.cadre.met and r.activity.met and not r.work.met
    ] or [r for r in results if not r.computed]
    if missing_work_only:
        chosen = missing_work_only[0]
        compliance.set_override(
            session, chosen.chapter_id, last_quarter.code, True, OVERRIDE_REASON
        )
    return len(chapters)
