"""newslint serve, through Starlette's TestClient (no sockets): both APIs, the limits, bad input."""

from __future__ import annotations

import json
import warnings

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from helpers import cli_json  # noqa: E402

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2; httpx is what Debian and PyPI users have
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from newslint.serve import Limits, create_app  # noqa: E402

ARTICLE = (
    "# Council backs new budget\n\n"
    "the council voted on Tuesday to recieve a budget of $12m, its chairman said.\n\n"
    "\u201cWe will recieve it gladly,\u201d she told reporters.\n"
)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Limits(max_bytes=20_000))) as test_client:
        yield test_client


def _rules(findings):
    return sorted((f["rule"], f["line"], f["column"]) for f in findings)


# -- native API ---------------------------------------------------------------------------

def test_check_gives_the_cli_json_for_the_same_text(client):
    served = client.post("/v1/check", json={"text": ARTICLE, "path": "story.md"})
    assert served.status_code == 200
    cli = cli_json("--no-config", "--stdin-filename", "story.md", "-", stdin=ARTICLE)
    assert served.json()["findings"] == cli["findings"]
    assert served.json()["summary"]["words"] == cli["summary"]["words"]
    assert {"casing/sentence-start", "spelling/misspelled-word"} <= {f["rule"] for f in served.json()["findings"]}


def test_native_positions_are_code_points(client):
    text = "Fans \U0001F600 said the council would recieve the budget.\n"
    [finding] = [f for f in client.post("/v1/check", json={"text": text}).json()["findings"] if f["rule"] == "spelling/misspelled-word"]
    assert finding["column"] == text.index("recieve") + 1  # the emoji is one character, not two UTF-16 units


def test_metadata_is_read_as_the_article_s_fields(client):
    text = "The council voted on Tuesday to back the budget, its chairman said.\n"

    def missing(metadata):
        findings = client.post("/v1/check", json={"text": text, "metadata": metadata}).json()["findings"]
        return [f["message"] for f in findings if f["rule"] == "metadata/missing-field"]

    assert missing({"title": "Council backs budget"})  # a CMS record without byline and date
    assert not missing({"title": "Council backs budget", "author": "Ann Lee", "date": "2026-12-01"})


def test_format_and_metadata_are_used(client):
    html = "<html><head><title>Budget</title></head><body><p>the council met.</p></body></html>"
    as_html = client.post("/v1/check", json={"text": html, "format": "html"}).json()
    as_text = client.post("/v1/check", json={"text": html, "format": "text"}).json()
    assert as_html["findings"] != as_text["findings"]  # markup is read as markup only in HTML
    sentence_start = [f for f in as_html["findings"] if f["rule"] == "casing/sentence-start"]
    assert sentence_start and html.splitlines()[0][sentence_start[0]["column"] - 1 :].startswith("the council")


def test_config_keys_are_honoured(client):
    plain = client.post("/v1/check", json={"text": ARTICLE}).json()["findings"]
    ignored = client.post("/v1/check", json={"text": ARTICLE, "config": {"ignore": ["spelling"]}}).json()["findings"]
    assert any(f["category"] == "spelling" for f in plain)
    assert ignored and not any(f["category"] == "spelling" for f in ignored)
    accepted = client.post("/v1/check", json={"text": ARTICLE, "config": {"vocabulary": {"accept": ["recieve"]}}}).json()
    assert not any(f["rule"] == "spelling/misspelled-word" for f in accepted["findings"])


@pytest.mark.parametrize("key, value", [("languagetool", {"url": "http://example.com"}), ("rule-dirs", ["/etc"]), ("cache-dir", "/tmp/x")])
def test_a_request_config_may_not_reach_outside(client, key, value):
    response = client.post("/v1/check", json={"text": ARTICLE, "config": {key: value}})
    assert response.status_code == 400
    assert key in response.json()["error"]["message"]


def test_bad_config_and_unknown_rule_are_400(client):
    assert client.post("/v1/check", json={"text": "x", "config": {"ignor": []}}).status_code == 400
    response = client.post("/v1/check", json={"text": "x", "config": {"ignore": ["no-such-rule"]}})
    assert response.status_code == 400 and "no-such-rule" in response.json()["error"]["message"]


def test_fix_applies_safe_fixes_but_never_inside_a_quotation(client):
    response = client.post("/v1/fix", json={"text": ARTICLE, "path": "story.md"})
    assert response.status_code == 200
    body = response.json()
    assert "The council voted on Tuesday to receive a budget" in body["text"]
    assert "\u201cWe will recieve it gladly,\u201d" in body["text"]  # a person's words stay as said
    for edit in body["edits"]:
        assert ARTICLE[edit["start"] : edit["end"]] == edit["original"]
    assert {(e["original"], e["replacement"]) for e in body["edits"]} >= {("the", "The"), ("recieve", "receive")}
    left = [f for f in body["findings"] if f["rule"] == "spelling/misspelled-word"]
    assert len(left) == 1 and left[0]["line"] == 5 and left[0]["fix"]["applicability"] == "unsafe"


def test_rules_health_and_schema(client):
    rules = client.get("/v1/rules").json()["rules"]
    assert any(r["id"] == "spelling/misspelled-word" for r in rules)
    assert client.get("/health").json()["status"] == "ok"
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {route.path for route in client.app.routes}


# -- bad input and limits -----------------------------------------------------------------

@pytest.mark.parametrize("body", ["{not json", "[1, 2]", '{"text": 3}', '{"text": "x", "format": "docx"}',
                                  '{"text": "x", "metadata": {"date": 2026}}', '{"text": "x", "extra": 1}',
                                  '{"text": "x", "path": "../../etc/passwd"}'])
def test_bad_input_is_a_clear_400(client, body):
    response = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_a_path_is_a_name_never_opened(client, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("the secret recieve\n", encoding="utf-8")
    findings = client.post("/v1/check", json={"text": "Fine words here.\n", "path": str(secret)}).json()["findings"]
    assert not any("secret" in f["message"] or f["line"] > 1 for f in findings)


def test_body_over_the_limit_is_413(client):
    response = client.post("/v1/check", json={"text": "word " * 5000})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]["message"]
    assert client.post("/v2/check", data={"text": "word " * 5000, "language": "en-US"}).status_code == 413


def test_token_is_required_when_set():
    with TestClient(create_app(Limits(token="s3cret"))) as client:
        assert client.post("/v1/check", json={"text": ARTICLE}).status_code == 401
        assert client.post("/v1/check", json={"text": ARTICLE}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.post("/v2/check", data={"text": "x", "language": "en-US"}).status_code == 401
        ok = client.post("/v1/check", json={"text": ARTICLE}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and ok.json()["findings"]
        assert client.get("/health").status_code == 200  # a liveness probe reads no text


def test_a_request_over_the_time_limit_is_504():
    with TestClient(create_app(Limits(timeout=0.001, max_bytes=5_000_000))) as client:
        long_article = "\n\n".join(f"Paragraph {i} says the council will recieve the budget on Tuesday." for i in range(3000))
        response = client.post("/v1/check", json={"text": long_article})
        assert response.status_code == 504
        assert "longer than" in response.json()["error"]["message"]


def test_unknown_route_is_json_404(client):
    response = client.get("/v3/nothing")
    assert response.status_code == 404 and response.json()["error"]["status"] == 404


# -- LanguageTool-compatible API ----------------------------------------------------------

def test_lt_check_shape_and_utf16_offsets_after_an_emoji(client):
    text = "Fans \U0001F600 said the council would recieve the budget."
    response = client.post("/v2/check", data={"text": text, "language": "en-US"})
    assert response.status_code == 200
    body = response.json()
    assert body["software"]["name"] == "newslint" and body["language"]["code"] == "en-US"
    [match] = [m for m in body["matches"] if m["rule"]["id"] == "spelling/misspelled-word"]
    units = text.encode("utf-16-le")
    assert units[2 * match["offset"] : 2 * (match["offset"] + match["length"])].decode("utf-16-le") == "recieve"
    assert match["offset"] == text.index("recieve") + 1  # the emoji is two UTF-16 units
    assert match["replacements"] == [{"value": "receive"}]
    assert match["rule"]["category"] == {"id": "TYPOS", "name": "Possible Typo"}
    assert match["rule"]["issueType"] == "misspelling" and match["rule"]["description"]
    context = match["context"]
    shown = context["text"].encode("utf-16-le")
    assert shown[2 * context["offset"] : 2 * (context["offset"] + context["length"])].decode("utf-16-le") == "recieve"
    assert "recieve" in match["sentence"]


def test_lt_annotated_text_offsets_count_the_markup(client):
    annotation = [
        {"markup": "<p>"}, {"text": "Fans \U0001F389 said the council would "},
        {"markup": "<b>", "interpretAs": ""}, {"text": "recieve"}, {"markup": "</b>"},
        {"text": " the budget."}, {"markup": "</p>", "interpretAs": "\n\n"},
        {"markup": "<p>"}, {"text": "the mayor agreed."}, {"markup": "</p>"},
    ]
    original = "".join(item.get("text", item.get("markup")) for item in annotation)
    response = client.post("/v2/check", data={"data": json.dumps({"annotation": annotation}), "language": "en-GB"})
    assert response.status_code == 200
    units = original.encode("utf-16-le")
    spans = {m["rule"]["id"]: units[2 * m["offset"] : 2 * (m["offset"] + m["length"])].decode("utf-16-le")
             for m in response.json()["matches"]}
    assert spans["spelling/misspelled-word"] == "recieve"
    assert spans["casing/sentence-start"] == "the"  # in the second paragraph, after </p><p>
    assert response.json()["language"]["code"] == "en-GB"


def test_lt_rule_lists(client):
    text = "the council would recieve the budget."
    every = {m["rule"]["id"] for m in client.post("/v2/check", data={"text": text, "language": "auto"}).json()["matches"]}
    assert {"casing/sentence-start", "spelling/misspelled-word"} <= every
    without = client.post("/v2/check", data={"text": text, "language": "en-US",
                                             "disabledRules": "spelling/misspelled-word,WHITESPACE_RULE"}).json()
    assert {m["rule"]["id"] for m in without["matches"]} == every - {"spelling/misspelled-word"}
    only = client.post("/v2/check", data={"text": text, "language": "en-US", "enabledOnly": "true",
                                          "enabledRules": "casing/sentence-start"}).json()
    assert {m["rule"]["id"] for m in only["matches"]} == {"casing/sentence-start"}
    no_typos = client.post("/v2/check", data={"text": text, "language": "en-US", "disabledCategories": "TYPOS"}).json()
    assert {m["rule"]["id"] for m in no_typos["matches"]} == every - {"spelling/misspelled-word"}


def test_lt_bad_input(client):
    assert client.post("/v2/check", data={"text": "x"}).status_code == 400  # language is required
    assert client.post("/v2/check", data={"text": "x", "language": "de-DE"}).status_code == 400
    assert client.post("/v2/check", data={"language": "en-US"}).status_code == 400
    assert client.post("/v2/check", data={"data": "{oops", "language": "en-US"}).status_code == 400
    assert client.post("/v2/check", content=b'{"text": "x"}', headers={"content-type": "application/json"}).status_code == 415


def test_lt_languages(client):
    codes = {item["longCode"] for item in client.get("/v2/languages").json()}
    assert {"en-US", "en-GB"} <= codes


def test_serve_without_the_extra_says_so(monkeypatch):
    import builtins

    from click.testing import CliRunner

    from newslint.cli import main

    real_import = builtins.__import__

    def no_starlette(name, *args, **kwargs):
        if name.startswith("newslint.serve") or name.startswith("starlette"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_starlette)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 2
    assert "pip install 'newslint[serve]'" in result.output


def test_worker_processes_build_the_app_from_the_environment(monkeypatch):
    import dataclasses

    from newslint.serve import SETTINGS_VARIABLE, app_from_environment

    settings = {"limits": dataclasses.asdict(Limits(token="w0rker", max_bytes=100)), "config": None}
    monkeypatch.setenv(SETTINGS_VARIABLE, json.dumps(settings))
    with TestClient(app_from_environment()) as client:
        assert client.post("/v1/check", json={"text": "x"}).status_code == 401
        headers = {"Authorization": "Bearer w0rker"}
        assert client.post("/v1/check", json={"text": "word " * 50}, headers=headers).status_code == 413
        assert client.post("/v1/check", json={"text": "Fine."}, headers=headers).status_code == 200
