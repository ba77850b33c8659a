import re

from newslint.engine.rule import Rule, Severity, bad, good

_DELIMITER = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
_DELIMITER_INSIDE = re.compile(r"\|\s*:?-{3,}:?\s*\|")
# Header cells that name a slot of a generated "key facts" table, not what its rows hold
# ("| Item | Figure |", "| Topic | Details |", "| Key point | Number |").
_GENERIC_HEADER = re.compile(
    r"(?:key\s+)?(?:items?|topics?|details?|points?|facts?|figures?|numbers?|values?|measures?|metrics?|categor(?:y|ies)"
    r"|descriptions?|aspects?|(?:potential\s+)?impacts?|summary|notes?|issues?|status|data|info(?:rmation)?|stat(?:istic)?s?"
    r"|highlights?|takeaways?|what\s+(?:was\s+discussed|it\s+means|happened)|explanation|significance|context)",
    re.IGNORECASE,
)
_MIN_ROWS = 2  # a header row and its delimiter, or two rows of cells
_MIN_ROWS_WITHOUT_DELIMITER = 3


def _row(line: str) -> bool:
    return line.count("|") >= 2


def _read_as_text(doc) -> bool:
    """Plain text, or a crawler's .txt with a Markdown frame: a pipe table there is never rendered."""
    return doc.format == "text" or (doc.format == "markdown" and doc.path.lower().endswith((".txt", ".text")))


class PastedTable(Rule):
    id = "structure/pasted-table"
    severity = Severity.ERROR
    summary = "A Markdown pipe table pasted into a plain-text or HTML story, where readers see the bars and dashes."
    rationale = (
        "Chatbots and content tools write tables in Markdown ('| Topic | Impact |' over '|---|---|'). "
        "Pasted into a plain-text story or into an HTML paragraph, nothing renders them: readers get rows "
        "of bars and dashes. A run of two or more lines of cells with a delimiter row, or three without "
        "one, counts; in a Markdown article the table renders and is left alone (a crawler's .txt file "
        "with a Markdown frame is still text), unless every column is named for a template slot ('| Item | "
        "Figure |', '| Topic | Details |'): a generated key-facts box, a warning. A single line of fields ('Yonhap | 2026-01-04 |') is not a "
        "table. One finding per table, over all its rows; the editor rebuilds it as a real table or as prose."
    )
    examples = (
        bad("Talks resume\n\nThe ministers met on Monday.\n\n| Topic | Outcome |\n|---|---|\n| Trade | Agreed |\n\nThey meet again in May.\n"),
        bad(
            "<html><body><article><h1>Talks resume</h1><p>The ministers met.</p><p>| Topic | Outcome |</p>"
            "<p>|---|---|</p><p>| Trade | Agreed |</p></article></body></html>",
            format="html",
        ),
        good("# Talks resume\n\nThe ministers met on Monday.\n\n| Topic | Outcome |\n|---|---|\n| Trade | Agreed |\n", format="markdown"),
        bad("# Talks resume\n\nThe ministers met on Monday.\n\n| Key point | Details |\n|---|---|\n| Trade | Agreed |\n", format="markdown"),
        good("Talks resume\n\nThe ministers met on Monday | Tuesday.\n\nYonhap | 2026-01-04 00:00 |\n\nThey meet again in May.\n"),
    )

    def check(self, doc, ctx):
        if "|" not in doc.source:
            return
        if _read_as_text(doc):
            for start, end, rows, _ in self._source_tables(doc):
                ctx.report_source(start, end, f"a Markdown table ({rows} rows) pasted into plain text: readers see its bars and dashes")
        elif doc.format == "markdown":
            for start, end, rows, rendered in self._source_tables(doc):
                if not rendered:
                    ctx.report_source(start, end, f"a table's {rows} rows pasted with blank lines between them: Markdown shows their bars and dashes")
                elif _generic_header(doc.source[start:end].split("\n", 1)[0]):
                    ctx.report_source(
                        start,
                        end,
                        f"a generated key-facts table ({rows} rows) whose columns name template slots, not data: "
                        "rebuild it from the story's figures or cut it",
                        severity=Severity.WARNING,
                    )
        elif doc.format == "html":
            for start, end, rows in self._block_tables(doc):
                ctx.report(start, end, f"a Markdown table ({rows} rows) pasted into the page: browsers show its bars and dashes")

    @staticmethod
    def _source_tables(doc):
        """(start, end, rows, rendered) of each run of table rows in the source. Blank lines between
        rows (a paste that double-spaced them) do not end the run, but no Markdown renders such a table."""
        position, run, gaps = doc.body_start, [], False
        lines = []
        for line in doc.source[doc.body_start :].splitlines(keepends=True):
            lines.append((position, position + len(line.rstrip("\r\n")), line.rstrip("\r\n")))
            position += len(line)
        lines.append((position, position, "end"))
        for index, (start, end, line) in enumerate(lines):
            if _row(line):
                run.append((start, end, line))
                continue
            if not line.strip() and run and index + 1 < len(lines) and _row(lines[index + 1][2]):
                gaps = True
                continue
            if _is_table([text for _, _, text in run]):
                yield run[0][0], run[-1][1], len(run), not gaps
            run, gaps = [], False

    @staticmethod
    def _block_tables(doc):
        run = []
        for block in doc.blocks + [None]:
            if block is not None and block.kind == "paragraph" and (_row(block.text) or _DELIMITER.fullmatch(block.text.strip())):
                run.append(block)
                continue
            if len(run) == 1 and _DELIMITER_INSIDE.search(run[0].text):
                yield run[0].start, run[0].end, run[0].text.count("|---") or 2  # rows collapsed into one paragraph
            elif _is_table([b.text for b in run]):
                yield run[0].start, run[-1].end, len(run)
            run = []


def _is_table(rows: list[str]) -> bool:
    if any(_DELIMITER.fullmatch(row.strip()) for row in rows):
        return len(rows) >= _MIN_ROWS
    return len(rows) >= _MIN_ROWS_WITHOUT_DELIMITER


def _generic_header(row: str) -> bool:
    cells = [cell.strip(" *_") for cell in row.strip().strip("|").split("|")]
    return len(cells) >= 2 and all(cell and _GENERIC_HEADER.fullmatch(cell) for cell in cells)
