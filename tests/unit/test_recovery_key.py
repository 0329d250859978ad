import pytest
from hypothesis import given
from hypothesis import strategies as st

from monggo_desktop.domain.errors import InvalidRecoveryKeyError
from monggo_desktop.domain.keys import RawKey
from monggo_desktop.security.recovery_key import decode, encode


@given(st.binary(min_size=32, max_size=32))
def test_round_trip(raw):
    key = RawKey(raw)
    text = encode(key)
    assert decode(text) == key
    groups = text.split("-")
    assert len(groups) == 11 and all(len(g) == 5 for g in groups[:-1])


def test_reading_forgives_case_spacing_and_lookalikes():
    key = RawKey(bytes(range(32)))
    text = encode(key)
    sloppy = text.lower().replace("-", "  ").replace("o", "0").replace("i", "1").replace("b", "8")
    assert decode(sloppy) == key


def test_a_typo_is_caught_by_the_checksum():
    key = RawKey(bytes(range(32)))
    text = encode(key)
    position = 7
    swapped = "A" if text[position] != "A" else "C"
    with pytest.raises(InvalidRecoveryKeyError):
        decode(text[:position] + swapped + text[position + 1 :])


@pytest.mark.parametrize("text", ["", "not a key", "AAAAA-BBBBB", "!!!!!"])
def test_garbage_is_refused(text):
    with pytest.raises(InvalidRecoveryKeyError):
        decode(text)


def test_keys_never_show_in_repr():
    key = RawKey(b"\x01" * 32)
    assert "01" not in repr(key) and key.hex() not in repr(key)
