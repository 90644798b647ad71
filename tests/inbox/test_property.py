"""Any single-byte change anywhere in a valid report file is rejected (hypothesis)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doan_desktop.core.indicators import code_list
from doan_desktop.exchange.bundle import Rejected, TrustedKey, verify_report_file
from tests.inbox.conftest import TODAY, Commune

COMMUNE = Commune("HP-DL-01", "Đoàn xã Hòa Phú")
VALID, _ = COMMUNE.report()
KEYS = {COMMUNE.key_id_hex: TrustedKey(COMMUNE.code, COMMUNE.pair.public)}


def _verify(data: bytes):
    return verify_report_file(
        data, KEYS.get, today=TODAY, recipient="TD-DL", indicator_codes=code_list().codes
    )


def test_the_unchanged_file_verifies():
    assert _verify(VALID).manifest["issuer"] == "HP-DL-01"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offset=st.integers(0, len(VALID) - 1), mask=st.integers(1, 255))
def test_any_single_byte_change_is_rejected(offset, mask):
    spoiled = bytearray(VALID)
    spoiled[offset] ^= mask
    with pytest.raises(Rejected):
        _verify(bytes(spoiled))


@settings(max_examples=100, deadline=None)
@given(length=st.integers(0, len(VALID) - 1))
def test_any_truncation_is_rejected(length):
    with pytest.raises(Rejected):
        _verify(VALID[:length])
