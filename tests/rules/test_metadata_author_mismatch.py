"""metadata/author-mismatch: the metadata credits someone other than the byline, reported only
when it is certain (names in one script with nothing in common, or an address the byline does not own)."""

from __future__ import annotations

import pytest

from helpers import WIRE_SEED, findings, requires_seeds
from newslint.checks.metadata.author_mismatch import email_matches_name

RULE = "metadata/author-mismatch"


def story(author: str, body: str) -> str:
    return f"---\ntitle: Talks resume in Geneva\nauthor: {author}\n---\n\n{body}\n"


@pytest.mark.parametrize(
    ("local", "name", "made"),
    [
        ("ejkim", "Kim Eun-jung", True),
        ("jane.roe", "Jane Roe", True),
        ("jroe", "Jane Roe", True),
        ("eunjungkim", "Kim Eun-jung", True),
        ("jeeho", "Kim Eun-jung", False),
        ("kk", "Kim Eun-jung", False),  # initials alone, one of them used twice
        ("news", "Jane Roe", False),
    ],
)
def test_an_address_is_made_of_whole_name_parts_and_initials(local, name, made):
    assert email_matches_name(local, name) is made


def test_two_latin_names_with_nothing_in_common():
    text = story("Jane Roe", "By John Doe\n\nTalks resumed on Monday in Geneva, officials said.")
    (finding,) = findings(text, RULE, path="a.md")
    # reported on the byline readers see, naming the metadata's credit
    assert (finding.line, finding.column, finding.end_column, finding.severity) == (6, 1, 12, "error")
    assert "'Jane Roe'" in finding.message and "'John Doe'" in finding.message


def test_a_credit_line_at_the_end_is_a_byline_too():
    text = story("Jane Roe", "Talks resumed on Monday in Geneva, officials said.\n\nReporting by John Doe; Editing by Ann Lee")
    assert [f.line for f in findings(text, RULE, path="a.md")] == [8]


def test_a_byline_glued_into_the_lead_leaves_the_finding_on_the_metadata():
    # structure/glued-byline reports the byline's span; one span, one finding
    text = story("Jane Roe", "By John Doe GENEVA, May 2 (AFP) -- Talks resumed on Monday in Geneva, officials said.")
    assert [(f.line, f.column) for f in findings(text, RULE, path="a.md")] == [(3, 9)]


def test_an_address_the_byline_does_not_own():
    text = story("Tanaka Hiroshi (h-tanaka@example.jp)", "By Sato Yuki\n\nTalks resumed on Monday.\n\ny-sato@example.jp")
    assert len(findings(text, RULE, path="a.md")) == 1


@pytest.mark.parametrize(
    ("author", "body"),
    [
        ("Jane Roe", "By Jane Roe and John Doe\n\nTalks resumed on Monday."),  # one of two bylines
        ("Roe, Jane", "By Jane Roe\n\nTalks resumed on Monday."),  # surname first
        ("김은정 (ejkim@example.kr)", "By Kim Eun-jung\n\nTalks resumed on Monday."),  # the address is made of the byline
        ("유지호", "By Kim Eun-jung\n\nTalks resumed on Monday."),  # Hangul against Latin, nothing to tell them apart
        ("유지호 (jeeho@example.kr)", "By Kim Eun-jung\n\nTalks resumed on Monday."),  # an address, but no sign-off to compare
        ("Web Desk", "By Jane Roe\n\nTalks resumed on Monday."),  # a desk credit
        ("Jane Roe (jroe@example.com)", "Talks resumed on Monday.\n\njroe@example.com"),  # the sign-off is hers
        ("Jane Roe", "Talks resumed on Monday, officials said."),  # no byline in the body at all
    ],
)
def test_credits_that_do_not_contradict(author, body):
    assert findings(story(author, body), RULE, path="a.md") == []


@requires_seeds
def test_seed_004_author_under_broken_yaml_contradicts_the_byline():
    text = WIRE_SEED.read_text(encoding="utf-8")
    (finding,) = findings(text, RULE, path="004.txt")
    line = text.splitlines()[finding.line - 1]
    assert line[finding.column - 1 : finding.end_column - 1] == "유지호(jeeho@yna.co.kr)"
    assert "Kim Eun-jung" in finding.message and finding.severity == "error"


def test_a_shared_given_name_is_not_one_person():
    text = story("Yuki Brennan (yuki@example.net)", "By Yuki Fairbairn\n\nTalks resumed on Monday in Geneva.")
    assert len(findings(text, RULE, path="a.md")) == 1
    same = story("Eun-jung Kim", "By Kim Eun-jung\n\nTalks resumed on Monday in Geneva.")
    assert findings(same, RULE, path="a.md") == []
