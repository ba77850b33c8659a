"""The severity model through the command line, on articles written for these tests
(tests/fixtures/severity/): a content-farm page fails with more errors than a clean story
has warnings, a crawled wire story's report fits on one screen, a slip a tool repeated is
one finding with every place in every output format and one fix for all of them, and a
table-of-contents entry does not repeat the finding of its section. Then every rule in the
registry against the levels its family may take."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newslint.checks.severities import ALLOWED
from newslint.engine.registry import load_registry

from helpers import SARIF_SCHEMA, cli_json, requires_sarif_schema, run_cli

PAGES = Path(__file__).resolve().parent / "fixtures" / "severity"
FARM = PAGES / "content_farm.txt"
CRAWLED = PAGES / "crawled_wire.txt"
CLEAN = PAGES / "clean_wire.txt"
SCREEN = 25  # lines of a terminal a desk reads a report on


def report(path: Path, *args: str) -> dict:
    return cli_json("--no-config", str(path), *args)


def by_severity(data: dict) -> dict[str, int]:
    return data["summary"]["by_severity"]


def findings_of(data: dict, rule: str) -> list[dict]:
    return [f for f in data["findings"] if f["rule"] == rule]


# -- triage by severity --------------------------------------------------------------------


def test_the_content_farm_fails_with_more_errors_than_any_clean_story_has_warnings():
    farm = run_cli("check", "--no-config", str(FARM))
    assert farm.returncode == 1  # the default fail-on is error
    errors = by_severity(report(FARM))["error"]
    for clean in (CRAWLED, CLEAN):
        assert errors > by_severity(report(clean))["warning"]
    assert run_cli("check", "--no-config", str(CLEAN)).returncode == 0


def test_template_leftovers_are_errors_and_generic_headings_an_editors_look():
    found = {(f["rule"], f["line"]): f["severity"] for f in report(FARM)["findings"]}
    assert found[("artifact/table-of-contents", 2)] == "error"
    assert found[("structure/second-headline", 20)] == "error"
    assert found[("seo/keyword-list", 23)] == "error"
    assert found[("artifact/credit-footer", 27)] == "error"
    assert found[("artifact/reader-prompt", 15)] == "error"
    assert found[("artifact/template-section", 12)] == "error"  # "Evergreen context": a writer's instruction
    assert found[("artifact/template-section", 9)] == "warning"  # "Breaking developments from Lima": generic
    assert found[("unicode/non-breaking-hyphen", 8)] == "warning"  # style: search and spell checkers miss them


def test_a_crawled_wire_story_reads_as_crawler_leftovers_on_one_screen():
    text = run_cli("check", "--no-config", str(CRAWLED)).stdout.decode()
    assert len(text.splitlines()) <= SCREEN
    data = report(CRAWLED)
    assert [f["rule"] for f in data["findings"]] == ["artifact/crawler-boilerplate", "artifact/html-entity", "artifact/wire-note"]
    assert by_severity(data) == {"error": 3, "warning": 0, "info": 0}


# -- one root cause, one finding -----------------------------------------------------------


def test_references_a_crawler_left_are_one_finding_with_every_place():
    (entities,) = findings_of(report(CRAWLED), "artifact/html-entity")
    source = CRAWLED.read_text(encoding="utf-8").splitlines()
    places = [(entities["line"], entities["column"], entities["end_column"])] + [
        (r["line"], r["column"], r["end_column"]) for r in entities["related"]
    ]
    assert [source[line - 1][column - 1 : end - 1] for line, column, end in places] == [
        "&#x27;", "&#x27;", "&quot;", "&quot;", "&#x27;",
    ]
    assert entities["message"].startswith("5 HTML character references shown as text")
    assert [r["replacement"] for r in entities["related"]] == ["'", '"', '"', "'"]
    assert entities["fix"] == {"replacement": "'", "applicability": "safe"}


def test_the_crawlers_header_and_footer_are_one_finding():
    (frame,) = findings_of(report(CRAWLED), "artifact/crawler-boilerplate")
    assert (frame["line"], [r["line"] for r in frame["related"]]) == (9, [23])
    assert "header and footer" in frame["message"]


def test_one_fix_writes_every_place(tmp_path):
    copy = tmp_path / "story.txt"
    copy.write_text(CRAWLED.read_text(encoding="utf-8"), encoding="utf-8")
    run_cli("check", "--no-config", "--select", "artifact/html-entity", "--fix", str(copy))
    fixed = copy.read_text(encoding="utf-8")
    assert "&#x27;" not in fixed and "&quot;" not in fixed
    assert "Chile's fisheries minister called \"a fair deal for small crews\"" in fixed
    assert run_cli("check", "--no-config", "--select", "artifact/html-entity", str(copy)).returncode == 0


def test_reader_prompts_of_one_template_are_one_finding():
    (prompts,) = findings_of(report(FARM), "artifact/reader-prompt")
    assert (prompts["line"], [r["line"] for r in prompts["related"]]) == (15, [16, 19])
    assert prompts["message"].startswith("3 prompts for readers left in the story (2 questions for readers, 1 call for comments)")


def test_non_breaking_hyphens_are_one_finding_reported_outside_the_table_of_contents():
    (hyphens,) = findings_of(report(FARM), "unicode/non-breaking-hyphen")
    source = FARM.read_text(encoding="utf-8")
    assert hyphens["message"].startswith(f"{source.count(chr(0x2011))} non-breaking hyphens")
    assert hyphens["line"] == 8  # the lead, not the table of contents entry above it
    assert 7 in [r["line"] for r in hyphens["related"]]  # the entry is still a place the fix writes
    assert {r["replacement"] for r in hyphens["related"]} == {"-"}


def test_a_table_of_contents_entry_does_not_repeat_its_sections_findings():
    data = report(FARM)
    toc = range(2, 8)  # "Table of Contents" and its five entries
    assert [f["rule"] for f in data["findings"] if f["line"] in toc] == ["artifact/table-of-contents"]
    # the slips its entries copy are reported once, at the sections' headings
    assert [f["line"] for f in findings_of(data, "punctuation/missing-space-after-comma")] == [17]
    assert [f["line"] for f in findings_of(data, "artifact/template-section")] == [9, 12, 14]


def test_every_output_format_shows_the_other_places():
    text = run_cli("check", "--no-config", "--select", "artifact/html-entity", str(CRAWLED)).stdout.decode()
    assert "= 4 more places: 15:" in text and "= fix: replace all 5, each with its own text" in text
    sarif = json.loads(run_cli("check", "--no-config", "--format", "sarif", "--select", "artifact/html-entity", str(CRAWLED)).stdout)
    (result,) = sarif["runs"][0]["results"]
    assert [loc["id"] for loc in result["relatedLocations"]] == [1, 2, 3, 4]
    assert len(result["fixes"][0]["artifactChanges"][0]["replacements"]) == 5
    github = run_cli("check", "--no-config", "--format", "github", "--select", "artifact/html-entity", str(CRAWLED)).stdout.decode()
    assert github.count("::error ") == 1 and "4 more places" in github
    junit = run_cli("check", "--no-config", "--format", "junit", "--select", "artifact/html-entity", str(CRAWLED)).stdout.decode()
    assert "4 more places" in junit


@requires_sarif_schema
def test_sarif_with_related_locations_and_a_fix_for_every_place_is_valid():
    jsonschema = pytest.importorskip("jsonschema")
    sarif = json.loads(run_cli("check", "--no-config", "--format", "sarif", str(CRAWLED), str(FARM)).stdout)
    assert any("relatedLocations" in result for result in sarif["runs"][0]["results"])
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_the_cache_keeps_the_other_places(tmp_path):
    args = ("check", "--no-config", "--format", "json", "--select", "artifact/html-entity", str(CRAWLED))
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = json.loads(run_cli(*args, env=env).stdout)["findings"]
    second = json.loads(run_cli(*args, env=env).stdout)["findings"]
    assert first == second and len(first[0]["related"]) == 4


# -- every rule follows the model ----------------------------------------------------------


def test_every_family_of_rules_has_its_levels():
    registry = load_registry(())
    assert {rule.category for rule in registry.load(list(registry.ids))} <= set(ALLOWED)


@pytest.mark.parametrize("rule_id", sorted(load_registry(()).ids))
def test_every_rule_declares_a_level_its_family_allows(rule_id):
    (rule,) = load_registry(()).load([rule_id])
    allowed, why = ALLOWED[rule.category]
    assert str(rule.severity) in allowed, f"{rule_id} is {rule.severity}, but {rule.category} rules are {allowed}: {why}"
