"""structure/glued-byline and structure/headline-in-lead: a flattened page runs its headline and
byline into the first paragraph; a byline on its own line, or a lead that uses the headline's
words in its own sentence, is journalism."""

from __future__ import annotations

import pytest

from helpers import findings, spans

BYLINE = "structure/glued-byline"
HEADLINE = "structure/headline-in-lead"
TITLE = "Rail strike called off after overnight talks"


@pytest.mark.parametrize(
    ("lead", "byline"),
    [
        ("By Mei Tanaka OSAKA, June 2 (Kyodo) -- A planned rail strike was called off on Tuesday.", "By Mei Tanaka"),
        ("By Jean-Luc Martin and Ana Ruiz PARIS (AFP) - A planned rail strike was called off.", "By Jean-Luc Martin and Ana Ruiz"),
        ("By Mei Tanaka, Reuters TOKYO (Reuters) - A planned rail strike was called off.", "By Mei Tanaka, Reuters"),
        ("By Mei Tanaka The union said on Tuesday that a planned rail strike was called off.", "By Mei Tanaka"),
        ("(ADDS quote)By Mei Tanaka a planned rail strike was called off on Tuesday.", "By Mei Tanaka"),
        ("By José Núñez Osaka, June 2, 2026 — A planned rail strike was called off.", "By José Núñez"),
    ],
)
def test_glued_bylines(lead, byline):
    assert spans(f"{TITLE}\n\n{lead}\n", BYLINE) == [byline]


@pytest.mark.parametrize(
    "body",
    [
        "By Mei Tanaka\n\nOSAKA, June 2 (Kyodo) -- A planned rail strike was called off on Tuesday.",
        "By Mei Tanaka, Reuters\n\nA planned rail strike was called off on Tuesday.",
        "By Tuesday the strike had been called off, the union said.",
        "By March 2026 The union expects the deal to hold.",
        'A planned strike was called off. "By Mei Tanaka OSAKA standards that is fast," a driver said.',
        "The strike was called off. The photo was taken By Mei Tanaka in Osaka.",
    ],
)
def test_bylines_that_are_not_glued(body):
    assert findings(f"{TITLE}\n\n{body}\n", BYLINE) == []


@pytest.mark.parametrize(
    "lead",
    [
        f"{TITLE}. A planned rail strike was called off early on Tuesday, the union said.",
        f"{TITLE} A planned rail strike was called off early on Tuesday, the union said.",
        f"(LEAD) Rail-Strike(LEAD) {TITLE}(ATTN: ADDS quote) A planned strike was called off.",
        f"OSAKA (Kyodo) -- {TITLE} -- A planned rail strike was called off on Tuesday.",
        f"{TITLE.upper()}\nA planned rail strike was called off on Tuesday, the union said.",
    ],
)
def test_headline_run_into_the_lead(lead):
    assert spans(f"{TITLE}\n\n{lead}\n", HEADLINE) in ([TITLE], [TITLE.upper()])


@pytest.mark.parametrize(
    "lead",
    [
        f"{TITLE} on Tuesday, the union said, ending a week of uncertainty.",  # the lead's own sentence
        "A planned rail strike was called off after overnight talks, the union said.",
        f"The union said the {TITLE.lower()} was good news.",
    ],
)
def test_leads_that_use_the_headline_words(lead):
    assert findings(f"{TITLE}\n\n{lead}\n", HEADLINE) == []


def test_a_short_headline_is_not_searched():
    assert findings("Strike off\n\nStrike off. The union agreed a deal.\n", HEADLINE) == []


def test_the_headline_from_front_matter_when_there_is_no_h1():
    text = f"---\ntitle: {TITLE}\n---\n\n{TITLE}. A planned rail strike was called off, the union said.\n"
    assert [f.line for f in findings(text, HEADLINE, path="a.md")] == [5]


def test_one_finding_per_slip_for_a_flattened_wire_lead():
    lead = f"(LEAD) Rail-Strike(LEAD) {TITLE}(ATTN: ADDS union statement)By Mei Tanaka OSAKA, June 2 (Kyodo) -- A strike was called off."
    found = findings(f"(LEAD) {TITLE}\n\n{lead}\n", ["artifact/wire-note", BYLINE, HEADLINE])
    # the slug and the advisory: one feed's notes; the headline run straight into the byline: one flattening
    assert [f.rule for f in found] == ["artifact/wire-note", BYLINE]
    assert len(found[0].related) == 1
    (copy,) = found[1].related
    text = f"(LEAD) {TITLE}\n\n{lead}\n"
    assert text[copy.src_start : copy.src_end] == TITLE and "after a copy of the headline" in found[1].message
    ends = sorted((p.column, p.end_column) for f in found for p in (f, *f.related))
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))  # no span inside another's
