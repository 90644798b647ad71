"""Fixtures of the document tests."""

import pytest

from tests.documents.minutes_samples import sample_minutes


@pytest.fixture
def minutes():
    return sample_minutes
