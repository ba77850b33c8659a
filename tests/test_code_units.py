"""Code-point offsets to UTF-8 / UTF-16 / UTF-32 code units and back (LSP, reviewdog, LanguageTool)."""

import pytest
from hypothesis import given, settings, strategies as st

from newslint.document.units import UTF8, UTF16, UTF32, CodeUnits

_CODECS = {UTF8: ("utf-8", 1), UTF16: ("utf-16-le", 2), UTF32: ("utf-32-le", 4)}


def _direct(text: str, encoding: str, offset: int) -> int:
    codec, width = _CODECS[encoding]
    return len(text[:offset].encode(codec, "surrogatepass")) // width


@settings(max_examples=200, derandomize=True)
@given(st.text(alphabet=st.sampled_from("ab \n\ré€中\U0001F4E3\U00010348\ud800"), max_size=40), st.sampled_from(list(_CODECS)))
def test_counts_agree_with_encoding_the_prefix(text: str, encoding: str):
    units = CodeUnits(text, encoding)
    for offset in range(len(text) + 1):
        assert units.count(offset) == _direct(text, encoding, offset)
        assert units.offset(units.count(offset)) == offset  # and back


def test_a_count_inside_a_wide_character_rounds_up_and_past_the_end_stops_at_end():
    text = "a\U0001F4E3b"
    units = CodeUnits(text, UTF16)
    assert units.offset(2) == 2  # between the surrogates: after the emoji
    assert units.offset(99) == 3
    assert units.offset(99, 0, 1) == 1
    assert units.between(1, 3) == 3


def test_an_unknown_encoding_is_refused():
    with pytest.raises(ValueError, match="unknown encoding"):
        CodeUnits("x", "latin-1")
