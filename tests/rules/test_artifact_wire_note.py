"""artifact/wire-note: notes from wire desks to subscribers' editors that leaked into
published copy, and the wire conventions that are published on purpose."""

from __future__ import annotations

import pytest

from helpers import findings, spans

RULE = "artifact/wire-note"


def story(body: str, headline: str = "President departs for summit") -> str:
    return f"{headline}\n\n{body}\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("(LEAD) Park-Japan(LEAD) President departs for summit(ATTN: UPDATES headline; ADDS photo)By Kim Min-ji TOKYO -- Park left.",
         ["(LEAD) Park-Japan(LEAD)", "(ATTN: UPDATES headline; ADDS photo)"]),
        ("(2nd LD) Park left for Tokyo on Sunday.", ["(2nd LD)"]),
        ("Park left for Tokyo on Sunday.\n\nminji@example.co.kr(END)", ["(END)"]),
        ("Park left for Tokyo on Sunday, officials said. MORE", ["MORE"]),
        ("Park left for Tokyo on Sunday.\n\n###", ["###"]),
        ("Park left for Tokyo on Sunday.\n\n-30-", ["-30-"]),
        ("EMBARGOED UNTIL 0001 GMT MONDAY\n\nPark left for Tokyo on Sunday.", ["EMBARGOED UNTIL 0001 GMT MONDAY"]),
        ("FOR IMMEDIATE RELEASE\n\nThe company announced a merger.", ["FOR IMMEDIATE RELEASE"]),
        ("Eds: UPDATES with details from the airport.\n\nPark left on Sunday.", ["Eds: UPDATES with details from the airport."]),
        ("Park left on Sunday. ((reporting.desk@example.com; +82 2 555 0100))", ["((reporting.desk@example.com; +82 2 555 0100))"]),
    ],
)
def test_leaked_notes_are_reported_exactly(body, expected):
    assert spans(story(body), RULE) == expected


def test_a_version_tag_opening_the_headline_is_yonhaps_convention():
    assert findings(story("Park left for Tokyo on Sunday.", headline="(LEAD) President departs for summit"), RULE) == []
    assert findings(story("Park left for Tokyo on Sunday.", headline="(URGENT) President departs for summit"), RULE) == []


@pytest.mark.parametrize(
    "body",
    [
        "Editor's note: This story has been corrected to show that Park left on Sunday, not Saturday.",
        "EDITOR'S NOTE — This story is part of a series on the region's economy.",
        "(Reporting by Kim Min-ji; Editing by Jane Doe)",
        "Park left on Sunday. Reuter",
        "The report, embargoed until Tuesday, was leaked to reporters.",
        "The film ends as it began (the end, at last), and there is MORE to come, he said.",
        "Fans shouted \"MORE!\" as the band left the stage.",
        "Park will lead (and speak for) the delegation, which includes more than 100 executives.",
        "The Lead Belly Fest returns in May; tickets for Wrapup 2 went on sale.",
    ],
)
def test_published_conventions_and_ordinary_words_are_left_alone(body):
    assert findings(story(body), RULE) == []


def test_position_and_severity():
    text = story("Park left for Tokyo on Sunday.\n\nminji@example.co.kr(END)")
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column, finding.end_column) == (5, 20, 25)
    assert finding.severity == "error"
