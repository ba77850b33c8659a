"""CI report formats: github caps and order, JSON Lines records placed on their own line,
JUnit that follows --fail-on, rdjson (reviewdog) and gitlab (Code Quality) against their schemas."""

from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers import SARIF_SCHEMA, requires_sarif_schema, run_cli
from newslint.jsonl import RecordPlace, record_place
from newslint.output.github import escape_data, escape_property

SCHEMAS = Path(__file__).parent / "fixtures" / "schemas"
REPEATED = ["--no-config", "--no-cache", "--select", "grammar/repeated-word,punctuation/missing-space-after-comma,punctuation/doubled-space"]


def check(*args: str, cwd: Path):
    return run_cli("check", *REPEATED, *args, cwd=cwd)


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


# -- github --------------------------------------------------------------------------------------


def _desk(tmp_path: Path, errors: int, warnings: int, infos: int) -> Path:
    """Articles with that many repeated words (error), missing spaces after commas (warning)
    and doubled spaces (info), one slip per article, warnings and notices listed first."""
    desk = tmp_path / "desk"
    desk.mkdir()
    for i in range(infos):
        (desk / f"a-info-{i:02}.txt").write_text(f"Council story {i}\nThe plan  will cost more, officials said.\n", encoding="utf-8")
    for i in range(warnings):
        (desk / f"b-warning-{i:02}.txt").write_text(f"Council story {i}\nThe plan,officials said, will cost more.\n", encoding="utf-8")
    for i in range(errors):
        (desk / f"c-error-{i:02}.txt").write_text(f"Council story {i}\nThe the plan will cost more, officials said.\n", encoding="utf-8")
    return tmp_path


def _levels(out: str) -> list[str]:
    return [line.split(" ", 1)[0].lstrip(":") for line in out.splitlines()]


def test_github_puts_errors_first_and_keeps_to_ten_of_each_level(tmp_path):
    cwd = _desk(tmp_path, errors=14, warnings=12, infos=11)
    process = check("--format", "github", "desk", cwd=cwd)
    assert process.returncode == 1
    lines = process.stdout.decode().splitlines()
    levels = _levels(process.stdout.decode())
    # 10 errors, then 10 warnings, then 9 notices and the closing notice: the cap holds it too
    assert levels == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 10
    assert all("c-error-" in line for line in lines[:10])
    assert lines[-1].startswith("::notice title=newslint%3A more findings::")
    closing = lines[-1].split("::", 2)[2]
    assert closing.startswith("8 more not shown as annotations (4 error, 2 warning, 2 info)")
    assert "SARIF" in closing and "newslint check" in closing and "job summary" in closing


def test_github_prints_everything_without_a_notice_when_under_the_caps(tmp_path):
    cwd = _desk(tmp_path, errors=3, warnings=10, infos=10)
    out = check("--format", "github", "desk", cwd=cwd).stdout.decode()
    assert _levels(out) == ["error"] * 3 + ["warning"] * 10 + ["notice"] * 10
    assert "more findings" not in out


def test_github_paths_are_relative_without_dot_slash(tmp_path):
    (tmp_path / "story.txt").write_text("Headline\nWe met the the team, officials said.\n", encoding="utf-8")
    out = check("--format", "github", ".", cwd=tmp_path).stdout.decode()
    assert out.startswith("::error file=story.txt,line=2,col=8,")
    out = check("--format", "github", "./story.txt", cwd=tmp_path).stdout.decode()
    assert out.startswith("::error file=story.txt,")


def test_github_escaping_follows_the_workflow_command_rules():
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("a:b,c") == "a:b,c"  # ':' and ',' only matter in properties


# -- JSON Lines records: placed on their own line ------------------------------------------------

RECORDS = [
    {"id": "a-1", "text": "Headline one\nWe met the the team, officials said."},
    {"id": "clean", "text": "Headline two\nAll fine here, officials said."},
    {"id": "quotes", "text": "Headline «three» \U0001f600\n\n\"They\" saw a a film,she said."},
]


def _archive(tmp_path: Path, ensure_ascii: bool) -> Path:
    lines = [json.dumps(r, ensure_ascii=ensure_ascii) for r in RECORDS]
    lines.insert(2, "")  # a blank line between records: line numbers still count it
    (tmp_path / "archive.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "archive.jsonl"


def _slice(archive: Path, line: int, column: int, end_column: int) -> str:
    return archive.read_text(encoding="utf-8").split("\n")[line - 1][column - 1 : end_column - 1]


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["escaped", "raw-unicode"])
def test_record_findings_point_at_the_record_line_in_every_format(tmp_path, ensure_ascii):
    archive = _archive(tmp_path, ensure_ascii)
    data = json.loads(check("--format", "json", "archive.jsonl", cwd=tmp_path).stdout)
    found = {(f["record"], f["rule"]): f for f in data["findings"]}
    assert set(found) == {
        ("a-1", "grammar/repeated-word"), ("quotes", "grammar/repeated-word"), ("quotes", "punctuation/missing-space-after-comma")
    }
    # json keeps the place inside the record's text and adds the place in the file
    a1 = found["a-1", "grammar/repeated-word"]
    assert (a1["line"], a1["column"]) == (2, 8)
    assert a1["file_position"]["line"] == 1
    quotes = found["quotes", "grammar/repeated-word"]
    assert (quotes["line"], quotes["column"], quotes["file_position"]["line"]) == (3, 12, 4)  # line 3 of the file is blank
    for f in data["findings"]:
        position = f["file_position"]
        assert _slice(archive, position["line"], position["column"], position["end_column"]) in ("the the", "a a", ",")

    github = check("--format", "github", "archive.jsonl", cwd=tmp_path).stdout.decode().splitlines()
    first = github[0]
    assert first.startswith(f"::error file=archive.jsonl,line=1,col={a1['file_position']['column']},")
    assert "title=newslint grammar/repeated-word in record a-1::" in first
    assert first.endswith("(record a-1, line 2, column 8 of its text)")
    assert any(line.startswith(f"::error file=archive.jsonl,line=4,col={quotes['file_position']['column']},") for line in github)

    sarif = json.loads(check("--format", "sarif", "archive.jsonl", cwd=tmp_path).stdout)
    result = next(r for r in sarif["runs"][0]["results"] if r["properties"]["record"] == "quotes" and r["ruleId"] == "grammar/repeated-word")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert _slice(archive, region["startLine"], region["startColumn"], region["endColumn"]) == "a a"
    assert result["properties"]["recordTextRegion"]["startLine"] == 3
    assert "record quotes" in result["message"]["text"]

    text = check("archive.jsonl", cwd=tmp_path).stdout.decode()
    assert f"archive.jsonl:4:{quotes['file_position']['column']}: error grammar/repeated-word 'a' is repeated (record quotes, line 3, column 12 of its text)" in text
    assert "  3 | \"They\" saw a a film,she said." in text  # the excerpt is the record's own text

    junit = check("--format", "junit", "archive.jsonl", cwd=tmp_path).stdout.decode()
    assert f"archive.jsonl:1:{a1['file_position']['column']}: error grammar/repeated-word" in junit

    rdjson = json.loads(check("--format", "rdjson", "archive.jsonl", cwd=tmp_path).stdout)
    raw = archive.read_bytes().split(b"\n")
    for diagnostic in rdjson["diagnostics"]:  # byte columns: slice the file's bytes
        start, end = diagnostic["location"]["range"]["start"], diagnostic["location"]["range"]["end"]
        assert raw[start["line"] - 1][start["column"] - 1 : end["column"] - 1].decode() in ("the the", "a a", ",")


def _text_at(line: str, place: RecordPlace, i: int) -> str:
    """The raw JSON of the text's character ``i``, decoded."""
    return json.loads('"' + line[place.raw_offset(i) : place.raw_offset(i + 1)] + '"')


def test_record_place_maps_every_character_through_json_escapes():
    rng = random.Random(7)
    alphabet = ["a", "Z", " ", "\n", "\r", "\t", '"', "\\", "/", "é", "«", "—", "\u2028", "\x01", "\U0001f600", "\U00010400", "中"]
    for trial in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        record = {"id": trial, "nested": {"text": "decoy"}, "text": text, "after": ["x"]}
        for ensure_ascii in (True, False):
            line = json.dumps(record, ensure_ascii=ensure_ascii) + "\n"
            place = record_place(line, 9, "text", text)
            assert place.start is not None and place.line == 9
            for i, char in enumerate(text):
                assert _text_at(line, place, i) == char, (line, i)
                assert place.byte_column(i) == len(line[: place.raw_offset(i)].encode("utf-8")) + 1
            assert line[place.raw_offset(len(text))] == '"'  # the end of the text is the closing quote


def test_record_place_takes_the_last_duplicate_key_as_json_does_and_admits_when_it_cannot_place():
    line = '{"text": "first", "id": 1, "text": "We met the the team."}'
    place = record_place(line, 1, "text", json.loads(line)["text"])
    assert line[place.raw_offset(0) :].startswith("We met")
    assert record_place('{"text": "other"}', 3, "text", "not this") == RecordPlace(3)  # column 1, not a wrong one
    assert RecordPlace(3).column(10) == 1


# -- junit ---------------------------------------------------------------------------------------


def test_junit_fails_a_file_only_at_or_above_fail_on(tmp_path):
    (tmp_path / "error.txt").write_text("Headline\nWe met the the team, officials said.\n", encoding="utf-8")
    (tmp_path / "warning.txt").write_text("Headline\nThe plan,officials said, costs more.\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Headline\nThe plan costs more, officials said.\n", encoding="utf-8")

    def cases(*args):
        process = check("--format", "junit", *args, "error.txt", "warning.txt", "clean.txt", cwd=tmp_path)
        root = ET.fromstring(process.stdout)
        return process.returncode, root, {c.get("name"): c for c in root.iter("testcase")}

    code, root, by_name = cases()
    assert code == 1
    assert by_name["error.txt"].find("failure") is not None
    warning = by_name["warning.txt"]
    assert warning.find("failure") is None, "a warning does not fail under the default fail-on: error"
    assert "warning punctuation/missing-space-after-comma" in warning.find("system-out").text
    props = {p.get("name"): p.get("value") for p in warning.iter("property")}
    assert props["newslint.warning"] == "1"
    assert root.find("testsuite").get("failures") == "1"

    code, root, by_name = cases("--fail-on", "warning")
    assert code == 1 and by_name["warning.txt"].find("failure") is not None
    assert root.find("testsuite").get("failures") == "2"

    code, root, by_name = cases("--fail-on", "never")
    assert code == 0 and root.find("testsuite").get("failures") == "0"
    assert "error grammar/repeated-word" in by_name["error.txt"].find("system-out").text


# -- rdjson and gitlab ----------------------------------------------------------------------------


def test_schemas_accept_the_formats_published_examples():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(_schema("rdjson.example.json"), _schema("rdjson-diagnostic-result.schema.json"))
    jsonschema.validate(_schema("gitlab-code-quality.example.json"), _schema("gitlab-code-quality.schema.json"))


def test_rdjson_validates_counts_utf8_bytes_and_carries_fixes(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    story = tmp_path / "story.txt"
    story.write_text("Café «news»\nWe met the the team,she said — in Zürich.\n", encoding="utf-8")
    data = json.loads(check("--format", "rdjson", "story.txt", cwd=tmp_path).stdout)
    jsonschema.validate(data, _schema("rdjson-diagnostic-result.schema.json"))
    assert data["source"]["name"] == "newslint"
    by_rule = {d["code"]["value"]: d for d in data["diagnostics"]}
    repeated = by_rule["grammar/repeated-word"]
    assert repeated["severity"] == "ERROR" and repeated["location"]["path"] == "story.txt"
    assert repeated["location"]["range"] == {"start": {"line": 2, "column": 8}, "end": {"line": 2, "column": 15}}
    assert repeated["suggestions"] == [{"range": repeated["location"]["range"], "text": "the"}]
    comma = by_rule["punctuation/missing-space-after-comma"]
    assert comma["severity"] == "WARNING"
    raw = story.read_bytes().split(b"\n")[1]
    start, end = comma["location"]["range"]["start"], comma["location"]["range"]["end"]
    assert raw[start["column"] - 1 : end["column"] - 1] == b","


def test_rdjson_on_a_line_with_wide_characters_before_the_span(tmp_path):
    (tmp_path / "story.txt").write_text("Headline\n«Zürich» — 😀 we met the the team.\n", encoding="utf-8")
    data = json.loads(check("--format", "rdjson", "story.txt", cwd=tmp_path).stdout)
    start = data["diagnostics"][0]["location"]["range"]["start"]
    raw = (tmp_path / "story.txt").read_bytes().split(b"\n")[1]
    assert raw[start["column"] - 1 :].startswith(b"the the")


def test_gitlab_validates_maps_severities_and_gives_unique_fingerprints(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "story.txt").write_text(
        "Headline\nWe met the the team, officials said.\nLater the the team left,she said.\nIt was  late, officials said.\n", encoding="utf-8"
    )
    process = check("--format", "gitlab", "--fail-on", "never", ".", cwd=tmp_path)
    issues = json.loads(process.stdout)
    jsonschema.validate(issues, _schema("gitlab-code-quality.schema.json"))
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("grammar/repeated-word", "major", 2),
        ("grammar/repeated-word", "major", 3),
        ("punctuation/missing-space-after-comma", "minor", 3),
        ("punctuation/doubled-space", "info", 4),
    ]
    assert all(i["location"]["path"] == "story.txt" for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues), "GitLab shows one issue per fingerprint"
    # stable when the text above moves: the same findings keep their fingerprints
    (tmp_path / "story.txt").write_text(
        "Headline\n\nA new first paragraph.\n\nWe met the the team, officials said.\nLater the the team left,she said.\nIt was  late, officials said.\n",
        encoding="utf-8",
    )
    moved = json.loads(check("--format", "gitlab", "--fail-on", "never", ".", cwd=tmp_path).stdout)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]


def test_new_formats_are_registered_for_the_command_line_and_reports(tmp_path):
    (tmp_path / "story.txt").write_text("Headline\nWe met the the team, officials said.\n", encoding="utf-8")
    help_text = run_cli("check", "--help").stdout.decode()
    assert "rdjson" in help_text and "gitlab" in help_text
    process = check("--report", "gitlab=cq.json", "--report", "rdjson=rd.json", "story.txt", cwd=tmp_path)
    assert process.returncode == 1
    assert json.loads((tmp_path / "cq.json").read_text())[0]["check_name"] == "grammar/repeated-word"
    assert json.loads((tmp_path / "rd.json").read_text())["diagnostics"][0]["code"]["value"] == "grammar/repeated-word"


@requires_sarif_schema
def test_sarif_of_a_collection_validates(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    _archive(tmp_path, ensure_ascii=True)
    sarif = json.loads(check("--format", "sarif", "archive.jsonl", cwd=tmp_path).stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_github_puts_a_skipped_record_on_its_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "text": "Fine text, officials said."}\nnot json\n', encoding="utf-8")
    process = check("--format", "github", "bad.jsonl", cwd=tmp_path)
    assert process.returncode == 2
    assert process.stdout.decode() == "::error file=bad.jsonl,line=2,title=newslint::bad.jsonl:2: skipped: not valid JSON (Expecting value)\n"
