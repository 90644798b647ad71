"""Numbers follow the reader's language through Babel; documents are always Vietnamese."""

from decimal import Decimal

import pytest

from doan_desktop.core import formatting
from doan_desktop.documents import vietnamese


@pytest.fixture(autouse=True)
def vietnamese_by_default():
    formatting.set_language("vi")
    yield
    formatting.set_language("vi")


def test_vietnamese_groups_with_dots_and_writes_a_decimal_comma():
    assert formatting.integer(1234567) == "1.234.567"
    assert formatting.integer(-5000) == "-5.000"
    assert formatting.decimal(71) == "71,0"
    assert formatting.decimal(Decimal("77.85"), 2) == "77,85"
    assert formatting.number(Decimal("1234.5")) == "1.234,5"
    assert formatting.number(Decimal("1234")) == "1.234"
    assert formatting.money(190_000_000) == "190.000.000 đ"


def test_english_follows_the_language_chosen():
    formatting.set_language("en")
    assert formatting.integer(1234567) == "1,234,567"
    assert formatting.decimal(71) == "71.0"


def test_documents_stay_vietnamese_whatever_the_window_language():
    formatting.set_language("en")
    assert vietnamese.number(1234567) == "1.234.567"
    assert vietnamese.percent(19, 20) == "95%"
    assert vietnamese.percent(18, 19) == "94,7%"
