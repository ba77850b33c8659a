"""The two seed articles: every language slip of the content-farm article is found at its exact
place, and the wire copy stays silent in spelling, grammar and punctuation."""

from __future__ import annotations

import pytest
from helpers import FARM_SEED, WIRE_SEED, requires_seeds

from newslint import lint_text

FAMILIES = ("spelling", "grammar", "punctuation")

pytestmark = requires_seeds


def _language_findings(path, as_path):
    text = path.read_text(encoding="utf-8")
    return text, [f for f in lint_text(text, path=as_path) if f.category in FAMILIES]


def test_content_farm_article_slips_are_all_found_at_their_place():
    text, found = _language_findings(FARM_SEED, "farm.txt")
    got = [(f.rule, f.line, f.column, text[f.src_start : f.src_end]) for f in found]
    assert got == [
        ("grammar/to-too", 22, 48, "too"),  # "visit too China"
        ("punctuation/missing-space-after-comma", 24, 227, ","),  # "Jinping,Lee"
        ("grammar/a-an", 26, 34, "an"),  # "an surroundings"
        ("punctuation/missing-space-after-comma", 31, 195, ","),  # "beginnings,signaling"
        ("punctuation/missing-space-after-comma", 31, 228, ","),  # "candid,friend"
        ("grammar/a-an", 41, 67, "a"),  # "a extensive"
        ("punctuation/missing-space-after-comma", 54, 85, ","),  # "billion,accounting"
        ("punctuation/space-before-percent", 54, 103, " %"),
        ("punctuation/space-before-percent", 66, 49, " %"),
        ("punctuation/space-before-percent", 75, 45, " %"),
        ("punctuation/space-before-percent", 86, 154, " %"),
        ("punctuation/missing-space-after-period", 87, 2, "."),  # "7.Expert Perspectives": at the heading, not again at its contents entry
        ("grammar/then-than", 88, 216, "then"),  # "rather then"
    ]


def test_content_farm_names_dates_and_domains_are_not_flagged():
    text, found = _language_findings(FARM_SEED, "farm.txt")
    flagged = {text[f.src_start : f.src_end] for f in found}
    for fine in ("definitely", "Zhao", "Leji", "Jae", "Myung", "Archyde.com", "09:21:55", "U.S.", "Elsayed", "THAAD"):
        assert not any(fine in span or span in fine and len(span) > 2 for span in flagged), fine


@pytest.mark.parametrize("as_path", ["wire.txt", "wire.md"])
def test_wire_copy_is_silent(as_path):
    _, found = _language_findings(WIRE_SEED, as_path)
    assert [(f.rule, f.line, f.column) for f in found] == []
