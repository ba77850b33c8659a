"""The GitHub Action's lint step: choose the files, run newslint, set the outputs, write the job summary.

Run by action.yml with the Python of newslint's own virtualenv; the inputs
arrive as NEWSLINT_* environment variables (never spliced into the script).
The annotations are newslint's ``--format github`` output, printed as it
comes; the counts and the list for the summary come from a JSON report written
beside it. A run that does not end in findings or none (exit 2, a signal, no
report) fails the step with newslint's own message, and the summary says so.
"""

from __future__ import annotations

import html
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson")
#: files at the repository root that describe the repository, not articles: left out unless named in `paths`
REPOSITORY_DOCS = re.compile(
    r"(?i)(readme|changelog|changes|history|news|contributing|license|licence|copying|notice|authors"
    r"|code_of_conduct|security|support|governance|maintainers)([._-].*)?"
)
SUMMARY_LIMIT = 200  # findings listed in the job summary (GitHub keeps 1 MiB of it)
SEVERITIES = ("error", "warning", "info")


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], capture_output=True, text=True)


def note(message: str) -> None:
    print(f"newslint action: {message}", file=sys.stderr, flush=True)


def _is_repository_doc(path: str) -> bool:
    parts = Path(path).parts
    return any(part.startswith(".") for part in parts[:-1]) or (len(parts) == 1 and bool(REPOSITORY_DOCS.fullmatch(parts[0])))


def default_paths(root: Path) -> list[str]:
    """The repository's folders and article files, without its own README, LICENSE… and hidden folders (.github)."""
    chosen = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() or (entry.suffix.lower() in ARTICLE_SUFFIXES and not REPOSITORY_DOCS.fullmatch(entry.name)):
            chosen.append(entry.name)
    return chosen


def _event() -> dict:
    try:
        return json.loads(Path(os.environ["GITHUB_EVENT_PATH"]).read_text(encoding="utf-8"))
    except (KeyError, OSError, ValueError):
        return {}


def changed_files() -> list[str] | None:
    """Article files added, copied, modified or renamed by the pull request (or the push); None if unknown."""
    base_ref = os.environ.get("GITHUB_BASE_REF", "")
    if base_ref:
        fetched = git("fetch", "--no-tags", "--quiet", "origin", f"+refs/heads/{base_ref}:refs/remotes/origin/{base_ref}")
        if fetched.returncode != 0:
            note(f"could not fetch the base branch {base_ref}: {fetched.stderr.strip()}")
        base = f"origin/{base_ref}"
        if git("merge-base", base, "HEAD").returncode != 0:  # a shallow checkout: fetch the history the diff needs
            git("fetch", "--no-tags", "--quiet", "--deepen=500", "origin", "HEAD", f"+refs/heads/{base_ref}:refs/remotes/origin/{base_ref}")
        diff = git("diff", "--name-only", "--diff-filter=ACMR", "-z", f"{base}...HEAD")
    else:
        event = _event()
        before, after = event.get("before", ""), event.get("after") or os.environ.get("GITHUB_SHA", "HEAD")
        if not before or set(before) == {"0"}:  # a new branch: no earlier commit to compare with
            return None
        if git("cat-file", "-e", f"{before}^{{commit}}").returncode != 0:
            git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", before)
        diff = git("diff", "--name-only", "--diff-filter=ACMR", "-z", before, after)
    if diff.returncode != 0:
        note(f"could not list the changed files: {diff.stderr.strip()}")
        return None
    return [p for p in diff.stdout.split("\0") if p and p.lower().endswith(ARTICLE_SUFFIXES) and Path(p).is_file()]


def _under(path: str, roots: list[str]) -> bool:
    target = Path(path).resolve()
    return any(target == Path(root).resolve() or Path(root).resolve() in target.parents for root in roots)


def choose_paths(paths: list[str], only_changed: bool) -> tuple[list[str], bool]:
    """The paths to give newslint and whether they are explicit files (which then need --force-exclude)."""
    if only_changed:
        changed = changed_files()
        if changed is not None:
            if paths:
                return [p for p in changed if _under(p, paths)], True
            return [p for p in changed if not _is_repository_doc(p)], True
        note("the changed files are unknown (no base to compare with): linting every article instead")
    return (paths or default_paths(Path.cwd())), False


def _newslint_command(paths: list[str], explicit_files: bool, report: str) -> list[str]:
    env = os.environ
    command = [env["NEWSLINT_BIN"], "check", "--format", env.get("NEWSLINT_FORMAT") or "github"]
    command += ["--fail-on", env.get("NEWSLINT_FAIL_ON") or "error", "--report", f"json={report}"]
    if env.get("NEWSLINT_CONFIG"):
        command += ["--config", env["NEWSLINT_CONFIG"]]
    if env.get("NEWSLINT_BASELINE"):
        command += ["--baseline", env["NEWSLINT_BASELINE"]]
    if env.get("NEWSLINT_SARIF"):
        command += ["--report", f"sarif={env['NEWSLINT_SARIF']}"]
    if explicit_files:
        command.append("--force-exclude")  # named files still obey 'exclude' and .gitignore
    command += shlex.split(env.get("NEWSLINT_ARGS", ""))
    return command + ["--", *paths]


def _failure(status: int, stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("newslint: warning:")]
    message = " ".join(lines[-3:]) if lines else "no message"
    if status < 0:
        return f"newslint was killed by {signal.Signals(-status).name}: {message}"
    return f"newslint failed (exit {status}): {message}"


def _cell(text: str) -> str:
    return html.escape(" ".join(str(text).split())).replace("|", "\\|")


def summary(report: dict | None, failure: str | None, scope: str) -> str:
    lines = ["### newslint", ""]
    if failure:
        lines += [f"**{_cell(failure)}**", ""]
    if report is None:
        return "\n".join(lines + ["No report: nothing below is known about the articles.", ""])
    totals = report["summary"]
    levels = totals["by_severity"]
    lines += [
        f"{totals['findings']} finding(s) in {totals['files_with_findings']} of {totals['files']} article(s) ({scope}).",
        "",
        "| severity | findings |",
        "|---|---|",
        *(f"| {level} | {levels.get(level, 0)} |" for level in SEVERITIES),
        "",
    ]
    findings = sorted(report["findings"], key=lambda f: SEVERITIES.index(f["severity"]))
    if findings:
        lines += ["| severity | where | rule | message |", "|---|---|---|---|"]
        for f in findings[:SUMMARY_LIMIT]:
            place = f.get("file_position") or f
            where = f"{f['path']}:{place['line']}:{place['column']}" + (f" (record {f['record']})" if "record" in f else "")
            lines.append(f"| {f['severity']} | {_cell(where)} | `{f['rule']}` | {_cell(f['message'])} |")
        if len(findings) > SUMMARY_LIMIT:
            lines += ["", f"… and {len(findings) - SUMMARY_LIMIT} more: see the SARIF report (`sarif-file`) or run `newslint check` locally."]
        lines.append("")
    return "\n".join(lines)


def _write(variable: str, text: str) -> None:
    target = os.environ.get(variable)
    if target:
        with open(target, "a", encoding="utf-8") as stream:
            stream.write(text)


def main() -> int:
    env = os.environ
    only_changed = (env.get("NEWSLINT_ONLY_CHANGED") or "false").strip().lower() == "true"
    paths, explicit_files = choose_paths(shlex.split(env.get("NEWSLINT_PATHS", "")), only_changed)
    scope = "changed in this pull request or push" if explicit_files else " ".join(paths)
    if not paths:
        _write("GITHUB_OUTPUT", "findings=0\nerrors=0\nwarnings=0\ninfos=0\nexit-code=0\n")
        nothing = "No changed articles to lint." if explicit_files else "No articles to lint."
        _write("GITHUB_STEP_SUMMARY", f"### newslint\n\n{nothing}\n")
        note(nothing)
        return 0
    with tempfile.TemporaryDirectory(prefix="newslint-action-") as folder:
        report_file = Path(folder) / "report.json"
        sys.stdout.flush()
        process = subprocess.run(_newslint_command(paths, explicit_files, str(report_file)), stderr=subprocess.PIPE, text=True)
        sys.stderr.write(process.stderr)
        try:
            report = json.loads(report_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            report = None
    status = process.returncode
    shown_status = status if status >= 0 else 128 - status  # a signal, as shells report it (137 for SIGKILL)
    failure = None
    if status not in (0, 1) or report is None:
        failure = _failure(status, process.stderr)
        print(f"::error title=newslint failed::{failure.replace('%', '%25').replace(chr(13), '%0D').replace(chr(10), '%0A')}", flush=True)
    levels = report["summary"]["by_severity"] if report else {}
    _write(
        "GITHUB_OUTPUT",
        f"findings={report['summary']['findings'] if report else 0}\n"
        + "".join(f"{name}={levels.get(level, 0)}\n" for level, name in zip(SEVERITIES, ("errors", "warnings", "infos")))
        + f"exit-code={shown_status}\n",
    )
    _write("GITHUB_STEP_SUMMARY", summary(report, failure, scope))
    if failure:
        return status if status > 1 else 2
    return status


if __name__ == "__main__":
    sys.exit(main())
