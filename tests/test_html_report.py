"""``--format html``: highlights at the exact characters, escaping, no network, and a real browser.

The structural tests parse the page with the standard library's HTML parser;
the browser tests load it in headless Chromium (Debian's ``chromium``, which
``.ci/run`` installs when it is missing) and skip with the reason when there is none.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers import run_cli
from newslint.engine.finding import Finding, Fix, Related
from newslint.engine.runner import FileResult
from newslint.output.html_report import render, segments
from newslint.output.report import Report

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

# An emoji (one code point, two UTF-16 units) and CJK before the findings, CRLF line ends.
PLAIN = (
    "Seoul \U0001F600 and \u6771\u4eac officials said the the talks went well,and more will follow.\r\n"
    "She went too the market on Tuesday, the ministry said.\r\n"
)
MARKDOWN = (
    "# Council votes on budget\n\n"
    "The council voted on Tuesday to approve a a budget of $12m, its chairman said.\n\n"
    "Read more at [the council site](https://example.org) too the end.\n"
)
# The article quotes markup as text, and carries a live script and an event handler of its own.
HTML_ARTICLE = (
    "<html><head><title>Council votes</title></head><body><h1>Council votes</h1>\n"
    "<p>The page showed &lt;script&gt;alert(1)&lt;/script&gt; and \"&gt;&lt;img src=x onerror=alert(1)&gt; "
    "before the the budget passed.</p>\n"
    "<script>document.title = 'pwned'; document.documentElement.setAttribute('data-pwned', 'yes')</script>\n"
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\">\n"
    "</body></html>\n"
)
RECORDS = [
    {"id": "r1", "text": "The mayor said the the plan was ready."},
    {"id": "r2", "text": "<script>alert(1)</script> She went too the market, the police said."},
]


class Page(HTMLParser):
    """What the tests look at: each article's text, each highlight piece, rows, anchors, scripts, attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.articles: list[dict] = []
        self.marks: list[dict] = []  # {"ids": [...], "text": str, "class": str, "article": n}
        self.rows: list[dict] = []
        self.anchors: list[tuple[str, int, int]] = []  # (id, article, offset in its text)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self._in_text = False
        self._mark: dict | None = None
        self._row: dict | None = None
        self._script: list[str] | None = None
        self._style: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        classes = attributes.get("class", "").split()
        if tag == "section" and "nl-article" in classes:
            self.articles.append({"id": attributes["id"], "title": "", "text": "", "in_title": False})
        elif tag == "h2" and self.articles:
            self.articles[-1]["in_title"] = True
        elif tag == "pre" and "nl-text" in classes:
            self._in_text = True
        elif tag == "mark" and self._in_text:
            self._mark = {"ids": attributes["data-f"].split(), "text": "", "class": attributes["class"], "article": len(self.articles) - 1,
                          "title": attributes.get("title", ""), "shown": attributes.get("data-shown")}
        elif tag == "span" and "nl-anchor" in classes and self._in_text:
            self.anchors.append((attributes["id"], len(self.articles) - 1, len(self.articles[-1]["text"])))
        elif tag == "li" and "nl-row" in classes:
            self._row = {**attributes, "text": "", "href": None, "article": len(self.articles) - 1}
        elif tag == "a" and self._row is not None:
            self._row["href"] = attributes.get("href")
        elif tag == "script":
            self._script = []
        elif tag == "style":
            self._style = []

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in_text = False
        elif tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None
        elif tag == "li" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "h2" and self.articles:
            self.articles[-1]["in_title"] = False
        elif tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None
        elif tag == "style" and self._style is not None:
            self.styles.append("".join(self._style))
            self._style = None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        if self._style is not None:
            self._style.append(data)
        if self.articles and self.articles[-1]["in_title"]:
            self.articles[-1]["title"] += data
        if self._in_text:
            self.articles[-1]["text"] += data
        if self._mark is not None:
            self._mark["text"] += data
        if self._row is not None:
            self._row["text"] += data

    def highlight(self, fid: str) -> str:
        """The characters highlighted for finding ``fid``, its pieces joined in order."""
        return "".join(m["text"] for m in self.marks if fid in m["ids"])


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def lines_of(text: str) -> list[str]:
    """The text's lines with their ends, cut at LF, CRLF or a lone CR (as editors and newslint count them)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def covered(text: str, line: int, column: int, end_line: int, end_column: int) -> str:
    """The characters a finding covers, computed here from its 1-based line and column (end exclusive)."""
    lines = lines_of(text)
    start = sum(len(l) for l in lines[: line - 1]) + column - 1
    end = sum(len(l) for l in lines[: end_line - 1]) + end_column - 1
    return text[start:end]


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html-report") / "stories"
    folder.mkdir()
    (folder / "plain.txt").write_bytes(PLAIN.encode("utf-8"))
    (folder / "story.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "page.html").write_text(HTML_ARTICLE, encoding="utf-8")
    (folder / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def run(articles: Path) -> tuple[str, dict]:
    """The HTML report (through --report html=FILE, beside a JSON report on stdout) and the JSON findings."""
    out = articles.parent / "report.html"
    result = run_cli("check", str(articles), "--no-cache", "--format", "json", "--report", f"html={out}")
    assert result.returncode in (0, 1), result.stderr.decode()
    return out.read_text(encoding="utf-8"), json.loads(result.stdout)


# -- structure --------------------------------------------------------------------------------


def test_every_highlight_is_exactly_the_characters_its_finding_covers(run: tuple[str, dict]) -> None:
    html, data = run
    page = parse(html)
    findings = data["findings"]
    assert {f["path"].rsplit("/", 1)[-1] for f in findings} >= {"plain.txt", "story.md", "page.html", "wire.jsonl"}
    titles = [a["title"] for a in page.articles]
    sources = {"plain.txt": PLAIN, "story.md": MARKDOWN, "page.html": HTML_ARTICLE}
    sources.update({f"wire.jsonl#{r['id']}": r["text"] for r in RECORDS})
    for name, source in sources.items():
        (article,) = [a for a in page.articles if a["title"].endswith(name)]
        assert article["text"] == source, name  # the original text, CRLF and all
    rows = {row["data-f"]: row for row in page.rows}
    assert len(rows) == len(findings)
    for row in page.rows:
        title = titles[row["article"]]
        name = title.rsplit("/", 1)[-1]
        source = sources[name]
        (finding,) = [
            f for f in findings
            if (f["path"].rsplit("/", 1)[-1] + (f"#{f['record']}" if "record" in f else "")) == name
            and f"{f['line']}:{f['column']}" in row["text"] and f["rule"] in row["text"] and f["message"] in row["text"]
        ]
        assert page.highlight(row["data-f"]) == covered(source, finding["line"], finding["column"], finding["end_line"], finding["end_column"])
        assert row["href"] == "#" + row["data-f"]
        assert row["data-severity"] == finding["severity"] and row["data-category"] == finding["category"]
        if finding["fix"]:
            assert repr(finding["fix"]["replacement"]) in row["text"]
    # the spans the seeds of this test were written for, after an emoji, CJK and a CRLF
    by_rule = {(r["text"].split()[3], titles[r["article"]].rsplit("/", 1)[-1]): r["data-f"] for r in page.rows}
    assert page.highlight(by_rule[("grammar/repeated-word", "plain.txt")]) == "the the"
    assert page.highlight(by_rule[("grammar/to-too", "plain.txt")]) == "too"
    assert page.highlight(by_rule[("punctuation/missing-space-after-comma", "plain.txt")]) == ","
    assert page.highlight(by_rule[("grammar/repeated-word", "story.md")]) == "a a"
    assert page.highlight(by_rule[("grammar/repeated-word", "page.html")]) == "the the"
    assert page.highlight(by_rule[("grammar/to-too", "wire.jsonl#r2")]) == "too"


def test_each_list_entry_links_to_an_anchor_at_its_first_highlight(run: tuple[str, dict]) -> None:
    page = parse(run[0])
    anchors = {fid: (article, offset) for fid, article, offset in page.anchors}
    for row in page.rows:
        fid = row["data-f"]
        article, offset = anchors[fid]
        assert article == row["article"]
        text = page.articles[article]["text"]
        assert text[offset:].startswith(page.highlight(fid))


def test_article_text_and_messages_are_escaped(run: tuple[str, dict]) -> None:
    html, _ = run
    page = parse(html)
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert len(scripts) == len(page.scripts) == 1  # the report's own, nothing from an article
    assert "pwned" not in page.scripts[0] and "alert" not in page.scripts[0]
    assert not [tag for tag, _ in page.tags if tag in ("img", "iframe", "object", "embed", "base", "link")]
    assert not [(tag, name) for tag, attrs in page.tags for name in attrs if name.lower().startswith("on")]
    html_article = next(a for a in page.articles if a["title"].endswith("page.html"))
    assert "<script>document.title = 'pwned'" in html_article["text"]  # shown as text
    record = next(a for a in page.articles if a["title"].endswith("#r2"))
    assert record["text"].startswith("<script>alert(1)</script>")
    # the only script may run (a hash in the Content-Security-Policy): an escaped one never could
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp


def test_findings_text_is_escaped_too(tmp_path: Path) -> None:
    text = "The plan was ready.\n"
    evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
    finding = Finding("a.txt", "custom/evil", "wording</li><script>", "warning", 1, 5, 1, 9, evil, Fix(evil, "unsafe"))
    page = parse(render(Report([FileResult("a.txt", [finding], source=text, words=4, linted=True)], {})))
    assert len(page.scripts) == 1 and not [t for t, _ in page.tags if t == "img"]
    (row,) = page.rows
    assert evil in row["text"] and row["data-category"] == "wording</li><script>"
    assert page.marks[0]["title"].endswith(evil)


def test_no_external_resources(run: tuple[str, dict]) -> None:
    html, _ = run
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, (tag, attrs)
        for name in ("href", "action", "formaction", "poster", "data"):
            assert not attrs.get(name) or attrs[name].startswith("#"), (tag, attrs)
    for style in page.styles:
        assert "@import" not in style and "url(" not in style
    assert "https://example.org" in html  # the Markdown article's link, as text only


def test_summary_per_article_and_for_the_run(run: tuple[str, dict]) -> None:
    html, data = run
    page = parse(html)
    by_severity = data["summary"]["by_severity"]
    summary = re.search(r'<p id="nl-summary">(.*?)</p>', html).group(1)
    assert f"{data['summary']['findings']} finding(s)" in summary
    assert f"{by_severity['error']} error" in summary and f"{by_severity['warning']} warning" in summary
    plain = next(a for a in page.articles if a["title"].endswith("plain.txt"))
    section = html[html.index(f'id="{plain["id"]}"'):]
    section = section[: section.index("</section>")]
    counts = {f["severity"]: 0 for f in data["findings"]}
    for f in data["findings"]:
        if f["path"].endswith("plain.txt"):
            counts[f["severity"]] += 1
    for severity, n in counts.items():
        if n:
            assert f"{n} {severity}{'s' if n != 1 and severity != 'info' else ''}</span>" in section
    # a filter box for each category and severity, with its count
    boxes = {(a["name"], a["value"]) for t, a in page.tags if t == "input"}
    assert {("severity", s) for s in ("error", "warning", "info")} <= boxes
    assert {("category", f["category"]) for f in data["findings"]} == {b for b in boxes if b[0] == "category"}


def test_overlapping_nested_touching_and_empty_spans_split_into_pieces(tmp_path: Path) -> None:
    text = "abcdefghij\r\nklmnop\n"
    make = lambda rule, sev, l, c, el, ec, **kw: Finding("a.txt", rule, "wording", sev, l, c, el, ec, rule, **kw)  # noqa: E731
    findings = [
        make("x/outer", "info", 1, 2, 1, 9),        # bcdefgh
        make("x/inner", "error", 1, 4, 1, 6),       # de, inside outer
        make("x/cross", "warning", 1, 7, 2, 3),     # ghij\r\nkl, crosses outer's end and the line end
        make("x/point", "warning", 2, 4, 2, 4),     # an insertion point before 'n'
        make("x/many", "info", 1, 1, 1, 2, related=(Related(2, 4, 2, 6, 0, 0), Related(2, 6, 2, 7, 0, 0))),  # a; no; p (touching)
    ]
    page = parse(render(Report([FileResult("a.txt", findings, source=text, words=2, linted=True)], {})))
    assert page.articles[0]["text"] == text
    ids = {row["text"].split()[3]: row["data-f"] for row in page.rows}
    assert page.highlight(ids["x/outer"]) == "bcdefgh"
    assert page.highlight(ids["x/inner"]) == "de"
    assert page.highlight(ids["x/cross"]) == "ghij\r\nkl"
    assert page.highlight(ids["x/point"]) == ""
    assert page.highlight(ids["x/many"]) == "anop"
    # every character belongs to exactly the findings whose span covers it; the piece shows the gravest
    pieces = {m["text"]: m for m in page.marks if m["text"]}
    assert set(pieces["de"]["ids"]) == {ids["x/outer"], ids["x/inner"]} and "nl-error" in pieces["de"]["class"]
    assert set(pieces["gh"]["ids"]) == {ids["x/outer"], ids["x/cross"]} and "nl-warning" in pieces["gh"]["class"]
    assert set(pieces["bc"]["ids"]) == {ids["x/outer"]} and "nl-info" in pieces["bc"]["class"]
    (point,) = [m for m in page.marks if not m["text"]]
    assert point["ids"] == [ids["x/point"]] and "nl-point" in point["class"]


def test_segments_cut_at_every_boundary() -> None:
    places = [("a", 0, 5), ("b", 3, 8), ("c", 5, 5), ("d", 8, 10), ("d", 5, 6)]
    assert list(segments(10, places)) == [
        (0, 3, ["a"]), (3, 5, ["a", "b"]), (5, 5, ["c"]), (5, 6, ["b", "d"]), (6, 8, ["b"]), (8, 10, ["d"]),
    ]
    assert list(segments(3, [])) == [(0, 3, [])]
    assert list(segments(0, [("p", 0, 0)])) == [(0, 0, ["p"])]


def test_text_read_back_from_disk_when_the_run_did_not_keep_it(tmp_path: Path) -> None:
    path = tmp_path / "kept.txt"
    path.write_bytes("\ufeffCaf\u00e9 \U0001F600 the the end.\r\n".encode("utf-8"))
    records = tmp_path / "wire.jsonl"
    records.write_text(json.dumps({"id": "7", "text": "A \u6771 too the end."}) + "\n", encoding="utf-8")
    from newslint.api import lint_text

    text = path.read_bytes().decode("utf-8-sig")
    file_findings = lint_text(text, path=str(path))
    record_findings = lint_text("A \u6771 too the end.", path="wire.txt")
    results = [
        FileResult(str(path), file_findings, source=None, words=4, linted=True),
        FileResult(str(records), record_findings, source=None, words=4, linted=True, record="7"),
    ]
    page = parse(render(Report(results, {})))
    assert page.articles[0]["text"] == text and page.articles[1]["text"] == "A \u6771 too the end."
    rows = {row["text"].split()[3]: row["data-f"] for row in page.rows}
    assert page.highlight(rows["grammar/repeated-word"]) == "the the"
    assert page.highlight(rows["grammar/to-too"]) == "too"


# -- a real browser ---------------------------------------------------------------------------


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no headless Chromium: install Debian's 'chromium' package (.ci/run does when it runs as root or with sudo)")


def _browse(page: Path, fragment: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        _chromium(), "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={profile}",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND",  # no network, ever
        *args, page.as_uri() + fragment,
    ]
    env = {**os.environ, "HOME": str(profile)}
    done = subprocess.run(command, capture_output=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    # decoded here: text=True would turn the article's CRLF into LF (universal newlines)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace"))


def _dump_dom(html: str, fragment: str, folder: Path) -> str:
    """The page's DOM after its script ran, opened at ``fragment`` (which presets the filters)."""
    out = folder / "report.html"
    out.write_text(html, encoding="utf-8")
    dom = _browse(out, fragment, folder / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    return dom.stdout


def test_in_chromium_highlights_are_intact_and_no_article_script_ran(run: tuple[str, dict], tmp_path: Path) -> None:
    html, data = run
    dom = _dump_dom(html, "", tmp_path)
    assert 'data-pwned="' not in dom and "<title>pwned" not in dom  # the article's script and handler did not run
    page = parse(dom)
    static = parse(html)
    assert len(page.rows) == len(static.rows) == len(data["findings"])
    assert page.marks and all(m["shown"] == "yes" and "nl-off" not in m["class"] for m in page.marks)  # the script ran
    for row in static.rows:
        assert page.highlight(row["data-f"]) == static.highlight(row["data-f"])
    assert [a["text"] for a in page.articles] == [a["text"] for a in static.articles]


def test_in_chromium_filters_hide_rows_and_highlights(run: tuple[str, dict], tmp_path: Path) -> None:
    html, data = run
    page = parse(_dump_dom(html, "#severity=error", tmp_path))
    severity = {row["data-f"]: row["data-severity"] for row in page.rows}
    assert set(severity.values()) == {"error", "warning"}  # both are in the fixture
    for row in page.rows:
        assert ("hidden" in row) == (row["data-severity"] != "error"), row
    for mark in page.marks:
        errors = [fid for fid in mark["ids"] if severity[fid] == "error"]
        assert ("nl-off" in mark["class"]) == (not errors), mark
        if errors:
            assert "nl-error" in mark["class"]
    boxes = {a["value"]: "checked" in a for t, a in page.tags if t == "input" and a.get("name") == "severity"}
    assert boxes == {"error": True, "warning": False, "info": False}
    # by category: only punctuation left (the missing space after a comma)
    page = parse(_dump_dom(html, "#category=punctuation", tmp_path))
    shown = [row for row in page.rows if "hidden" not in row]
    assert shown and all(row["data-category"] == "punctuation" for row in shown)
    assert all("nl-off" in m["class"] for m in page.marks if not set(m["ids"]) & {r["data-f"] for r in shown})


def test_in_chromium_screenshot_is_saved_as_an_artifact(run: tuple[str, dict], tmp_path: Path) -> None:
    html, _ = run
    out = tmp_path / "report.html"
    out.write_text(html, encoding="utf-8")
    shot = tmp_path / "report.png"
    done = _browse(out, "", tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1800", "--hide-scrollbars")
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTIFACTS / "html-report.png")
    shutil.copy(out, ARTIFACTS / "html-report.html")


class DevTools:
    """A minimal Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (no socket, no dependency)."""

    def __init__(self, page: Path, profile: Path) -> None:
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()

        def as_fds_3_and_4() -> None:  # where Chromium reads and writes the protocol
            reading, writing = os.dup(to_browser), os.dup(from_browser)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        command = [
            _chromium(), "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={profile}", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-pipe", "--window-size=1200,800", "about:blank",
        ]
        self._process = subprocess.Popen(
            command, preexec_fn=as_fds_3_and_4, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "HOME": str(profile)},
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer, self._id, self._session = b"", 0, None
        target = self.call("Target.createTarget", url=page.as_uri())["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for _ in range(200):
            if self.evaluate("location.protocol === 'file:' && document.readyState === 'complete'"):
                return
            time.sleep(0.05)
        raise AssertionError("the report did not load")

    def call(self, method: str, **params):
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if self._session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._write, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._read, 1 << 16)
                assert chunk, "Chromium closed the protocol pipe"
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:
                assert "error" not in reply, reply
                return reply["result"]

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def close(self) -> None:
        try:
            self.call("Browser.close")
        finally:
            self._process.wait(timeout=30)
            os.close(self._read)
            os.close(self._write)


VISIBLE = """(function (el) {
  var r = el.getBoundingClientRect(), box = el.closest('pre').getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.top >= box.top && r.bottom <= box.bottom;
})(%s)"""


def test_in_chromium_a_click_on_a_finding_scrolls_to_it_and_a_checkbox_hides_it(tmp_path: Path) -> None:
    from newslint.api import lint_text

    text = "The council met on Tuesday and talked for an hour.\n" * 120 + "She went too the market, the police said.\n"
    findings = lint_text(text, select=["grammar"])
    (finding,) = findings
    page_file = tmp_path / "long.html"
    page_file.write_text(render(Report([FileResult("long.txt", findings, source=text, words=1200, linted=True)], {})), encoding="utf-8")
    browser = DevTools(page_file, tmp_path / "profile")
    try:
        mark = "document.querySelector('mark[data-f~=\"f1\"]')"
        assert browser.evaluate(mark + ".textContent") == "too"
        assert browser.evaluate(VISIBLE % mark) is False  # far down the article's text
        browser.evaluate("document.querySelector('li.nl-row[data-f=\"f1\"] a').click()")
        assert browser.evaluate(VISIBLE % mark) is True
        assert browser.evaluate(mark + ".classList.contains('nl-focus')") is True
        # unticking the finding's category hides its row and its highlight; ticking it again shows both
        browser.evaluate("document.querySelector('input[name=category][value=grammar]').click()")
        assert browser.evaluate("document.querySelector('li.nl-row[data-f=\"f1\"]').hidden") is True
        assert browser.evaluate(mark + ".className") == "nl-hl nl-off"
        assert browser.evaluate("location.hash") == "#severity=error,warning,info&category="  # the filters, to share or reload
        browser.evaluate("document.querySelector('input[name=category][value=grammar]').click()")
        assert browser.evaluate("document.querySelector('li.nl-row[data-f=\"f1\"]').hidden") is False
        assert browser.evaluate(mark + ".className") == f"nl-hl nl-{finding.severity}"
    finally:
        browser.close()
