"""unicode/invisible-character, unicode/replacement-character and unicode/mojibake:
characters nobody can see, characters that were lost, and characters decoded with the
wrong encoding, next to the scripts, emoji and accents that need the same code points."""

from __future__ import annotations

import pytest

from newslint.engine.fixes import apply_fixes

from helpers import findings, run_cli

INVISIBLE = "unicode/invisible-character"
REPLACEMENT = "unicode/replacement-character"
MOJIBAKE = "unicode/mojibake"


def story(body: str) -> str:
    return f"Talks resume\n\n{body}\n"


def fixed(text: str, rule: str) -> str:
    return apply_fixes(text, findings(text, rule))[0]


@pytest.mark.parametrize(
    "body, repaired",
    [
        ("Talks in Bei\u200bjing resumed.", "Talks in Beijing resumed."),
        ("Talks in Bei\u00adjing resumed.", "Talks in Beijing resumed."),
        ("Talks resumed.\ufeff The ministers met.", "Talks resumed. The ministers met."),
        ("Talks\u2060 resumed in Seoul.", "Talks resumed in Seoul."),
        ("Talks resumed in \u200eSeoul.", "Talks resumed in Seoul."),
        ("Talks in Bei\u200b\u200bjing resumed.", "Talks in Beijing resumed."),
    ],
)
def test_invisible_characters_are_deleted(body, repaired):
    assert fixed(story(body), INVISIBLE) == story(repaired)


def test_a_run_of_invisible_characters_is_one_finding_at_its_span():
    text = story("Talks in Bei\u200b\u00adjing resumed.")
    (finding,) = findings(text, INVISIBLE)
    assert (finding.line, finding.column, finding.end_column) == (3, 13, 15)
    assert "zero width space (U+200B)" in finding.message and "soft hyphen (U+00AD)" in finding.message


def test_control_character_between_words_is_a_suggested_space():
    (finding,) = findings(story("Talks\x0bresumed in Seoul."), INVISIBLE)
    assert finding.fix.replacement == " " and finding.fix.applicability == "unsafe"


@pytest.mark.parametrize(
    "body",
    [
        "The family emoji \U0001f468\u200d\U0001f469\u200d\U0001f467 trended, as did \u2764\ufe0f.",
        "The newspaper \u200fהארץ\u200f reported the talks.",
        "The Persian word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 means I want.",
        "The Hindi word \u0915\u094d\u200d\u0937 appears in the name.",
    ],
)
def test_joiners_and_direction_marks_that_scripts_need_are_kept(body):
    assert findings(story(body), INVISIBLE) == []


def test_html_hyphenation_and_break_hints_are_kept():
    html = "<html><body><article><p>The Donau&shy;dampf&shy;schiff sailed to example.com/&#8203;long.</p></article></body></html>"
    assert findings(html, INVISIBLE, path="story.html") == []


def test_replacement_characters_are_one_finding_with_each_run_a_place_without_a_fix():
    text = story("President Lee\ufffds visit and the \ufffd\ufffd\ufffd talks ended.")
    (finding,) = findings(text, REPLACEMENT)
    assert [(p.column, p.end_column) for p in (finding, *finding.related)] == [(14, 15), (31, 34)]
    assert finding.fix is None and finding.message.startswith("4 replacement characters")


def test_markdown_placeholder_for_code_and_images_is_never_reported():
    text = "# Talks resume\n\nRun `newslint check` and see ![a map](map.png).\n"
    assert findings(text, [REPLACEMENT, INVISIBLE], path="story.md") == []


def test_undecodable_file_is_reported_once_by_metadata(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Talks resume\n\nLee\u2019s visit ended.\n".encode("utf-8").replace(b"\xe2\x80\x99", b"\x92"))
    out = run_cli("check", "--no-config", "--select", "metadata/unreadable-encoding,unicode", "-q", str(path)).stdout.decode()
    assert "metadata/unreadable-encoding" in out and "unicode/replacement-character" not in out


@pytest.mark.parametrize(
    "body, repaired",
    [
        ("Lee said he didnâ€™t expect a deal.", "Lee said he didn’t expect a deal."),
        ("The cafÃ© costs Â£5 â€” a bargain.", "The café costs £5 — a bargain."),
        ("Talks in ÐœÐ¾Ñ\x81ÐºÐ²Ð° resumed.", "Talks in Москва resumed."),
        ("Lee said he didnÃ¢â‚¬â„¢t expect a deal.", "Lee said he didn’t expect a deal."),
        ("Lee said he didn\x92t expect a deal \x96 yet.", "Lee said he didn’t expect a deal – yet."),
    ],
)
def test_mojibake_is_repaired(body, repaired):
    assert fixed(story(body), MOJIBAKE) == story(repaired)


def test_mojibake_position():
    (finding,) = findings(story("Lee said he didnâ€™t expect a deal."), MOJIBAKE)
    assert (finding.line, finding.column, finding.end_column) == (3, 17, 20)
    assert finding.severity == "error"


@pytest.mark.parametrize(
    "body",
    [
        "The café in São Paulo costs £5, and the CAFÉ… sign is new.",
        "ÉLYSÉE – « Très bien », a-t-il dit à Zürich, Ærø and Øresund.",
        "Señor Núñez, ¿qué tal? ¡Olé! Æsir, Þór, Ðe, straße, Łódź, İstanbul.",
        "The score was 3½–2¼ and the temperature 20°C ± 1°.",
    ],
)
def test_accented_copy_is_not_mojibake(body):
    assert findings(story(body), MOJIBAKE) == []
