"""unicode/non-breaking-hyphen and unicode/stray-non-breaking-space: look-alike
characters that export tools and chatbots leave, and the no-break spaces a careful CMS
puts where they belong."""

from __future__ import annotations

import pytest

from newslint.engine.fixes import apply_fixes

from helpers import findings, spans

HYPHEN = "unicode/non-breaking-hyphen"
NBSP = "unicode/stray-non-breaking-space"


def test_non_breaking_hyphens_are_one_finding_with_each_character_a_place_and_one_safe_fix():
    text = "Visit ends\n\nThe four\u2011day visit to Seoul\u2011Tokyo talks ended.\n"
    (finding,) = findings(text, HYPHEN)
    assert [(p.line, p.column, p.end_column) for p in (finding, *finding.related)] == [(3, 9, 10), (3, 28, 29)]
    assert finding.message.startswith("2 non-breaking hyphens") and finding.fix.applicability == "safe"
    assert apply_fixes(text, [finding])[0] == "Visit ends\n\nThe four-day visit to Seoul-Tokyo talks ended.\n"


def test_non_breaking_hyphen_in_markdown_and_html():
    markdown = "# Visit ends\n\nThe four\u2011day visit ended; run `a\u2011b` to check.\n"
    assert len(findings(markdown, HYPHEN, path="story.md")) == 1  # not the one in the code span
    html = "<html><body><article><p>A four\u2011day visit; call 555&#8209;0100.</p></article></body></html>"
    (finding,) = findings(html, HYPHEN, path="story.html")
    assert html[finding.src_start : finding.src_end] == "\u2011"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The talks ended.\u00a0The ministers left.", ["\u00a0"]),
        ("Reports suggest\u00a0that the talks ended.", ["\u00a0"]),
        ("Gold, rare earths and oil;\u00a0currently fish dominate.", ["\u00a0"]),
        ("The talks \u00a0ended.", [" \u00a0"]),
    ],
)
def test_stray_no_break_spaces(body, expected):
    assert spans(f"Talks end\n\n{body}\n", NBSP) == expected


def test_doubled_gap_is_a_warning_and_the_rest_info():
    found = findings("Talks end\n\nThe talks \u00a0ended.\u00a0The ministers left.\n", NBSP)
    assert [f.severity for f in found] == ["warning", "info"]
    assert all(f.fix.replacement == " " and f.fix.applicability == "safe" for f in found)


@pytest.mark.parametrize(
    "body",
    [
        # where a CMS or a typesetter puts a no-break space on purpose
        "The convoy drove 10\u00a0km in 3\u00a0hours.",
        "Prices rose 3\u00a0per\u00a0cent to £5\u00a0million.",
        "Mr\u00a0Lee met Dr\u00a0Kim at 9\u00a0a.m. on 5\u00a0May.",
        "The envoy met Prince Mohammed bin\u00a0Salman and Juan Ponce\u00a0de\u00a0León.",
        "It was the worst year since World War\u00a0II, said Henry\u00a0VIII's biographer.",
        "He said\u00a0— after a pause\u00a0— that the talks were over.",
        "« Très bien\u00a0», a-t-il dit\u00a0: c'est fini\u00a0!",
    ],
)
def test_deliberate_no_break_spaces_are_left_alone(body):
    assert findings(f"Talks end\n\n{body}\n", NBSP) == []


def test_html_nbsp_entity_next_to_a_space_is_fixed_in_the_markup():
    html = "<html><body><article><p>The talks&nbsp; ended, 10&nbsp;km away.</p></article></body></html>"
    (finding,) = findings(html, NBSP, path="story.html")
    assert html[finding.src_start : finding.src_end] == "&nbsp; "
    assert apply_fixes(html, [finding])[0] == html.replace("&nbsp; ", " ")


def test_written_nbsp_reference_in_text_is_left_to_html_entity():
    text = "Talks end\n\nThe talks ended.&nbsp;The ministers left.\n"
    assert findings(text, NBSP) == []
    assert [f.rule for f in findings(text, ["unicode", "artifact/html-entity"])] == ["artifact/html-entity"]


def test_a_finding_per_hyphen_when_configured(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  unicode/non-breaking-hyphen:\n    each: true\n", encoding="utf-8")
    text = "Visit ends\n\nThe four\u2011day visit to Seoul\u2011Tokyo talks ended.\n"
    found = findings(text, HYPHEN, config=str(config))
    assert [(f.column, f.fix.replacement, f.related) for f in found] == [(9, "-", ()), (28, "-", ())]
