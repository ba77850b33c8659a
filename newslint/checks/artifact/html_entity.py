import html
import unicodedata

from newslint.checks.repeats import report_places, tally
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.frontends.entities import ENTITY_RE, decode_entity

# In Markdown these references escape markup ("&lt;", "&amp;", "&#42;") or space deliberately.
_MARKDOWN_ESCAPES = set("!#$%&()*+,-./:;<=>?@[\\]^_`{|}~") | {"\u00a0"}


def _shown(char: str) -> str:
    if len(char) == 1 and (not char.isprintable() or char.isspace()):
        return unicodedata.name(char, f"U+{ord(char):04X}").lower()
    return f'"{char}"' if "'" in char else f"'{char}'"


def _between_letters(source: str, start: int, end: int) -> bool:
    """"Blair&#191;s": a Windows apostrophe that became '¿' on its way to a reference."""
    return start > 0 and end < len(source) and source[start - 1].isalpha() and source[end].isalpha()


def _read_as_markdown(doc) -> bool:
    """Markdown that is published as Markdown; a crawler's .txt with a Markdown frame is still read as text."""
    return doc.format == "markdown" and not doc.path.lower().endswith((".txt", ".text"))


class HtmlEntity(Rule):
    id = "artifact/html-entity"
    severity = Severity.ERROR
    summary = "An HTML character reference shown as text ('Lee&#x27;s', '&quot;pragmatic&quot;', a double-escaped '&amp;#x27;')."
    rationale = (
        "Crawlers, feeds and CMS exports often escape text for HTML and then save or publish it as plain "
        "text, so readers see 'Lee&#x27;s' and '&quot;One China&quot;'. In a plain-text article every "
        "reference is such a leftover; the fix writes the character itself. In Markdown a reference "
        "renders as the character (CommonMark), and shows as text only where the file is used as plain "
        "text (a feed, an SMS alert), so it is advice (info) there, "
        "and references that escape Markdown syntax ('&lt;', '&amp;', '&#42;') or write a no-break space "
        "are deliberate and left alone; a crawler's .txt file with a Markdown frame is still text. In HTML "
        "references are normal markup; only a reference escaped twice ('&amp;#x27;'), which the browser "
        "shows as '&#x27;', is reported. '&#191;' ('¿') between letters is an apostrophe lost in "
        "conversion ('Blair&#191;s'), so its fix is a suggestion. One tool escaped them all, so they are "
        "one finding: at the first, with the count and every place, and a fix for all of them."
    )
    examples = (
        bad("Lee departs\n\nIt is Lee&#x27;s first visit.\n", fixed="Lee departs\n\nIt is Lee's first visit.\n"),
        bad(
            "Lee departs\n\nThe &quot;One China&quot; policy stands.\n",
            fixed='Lee departs\n\nThe "One China" policy stands.\n',
        ),
        bad(
            "<html><body><article><p>It is Lee&amp;#x27;s first visit.</p></article></body></html>",
            fixed="<html><body><article><p>It is Lee's first visit.</p></article></body></html>",
            format="html",
        ),
        bad("# Lee departs\n\nIt is Lee&#x27;s first visit.\n", fixed="# Lee departs\n\nIt is Lee's first visit.\n", format="markdown"),
        good("<html><body><article><p>It is Lee&#x27;s first visit to AT&amp;T.</p></article></body></html>", format="html"),
        good("# Markup\n\nWrite &lt;p&gt; to open a paragraph, and 5&nbsp;km.\n", format="markdown"),
        good("Lee departs\n\nAT&T and R&D budgets rose; Q&A sessions follow.\n"),
        bad(
            "Lee departs\n\nIt is Lee&#x27;s &quot;first&quot; visit.\n",
            fixed='Lee departs\n\nIt is Lee\'s "first" visit.\n',
        ),
    )

    def check(self, doc, ctx):
        covered = self._escaped_twice(doc, ctx)
        if doc.format == "html":
            return
        markdown = _read_as_markdown(doc)
        shown: list[tuple[int, int, str]] = []
        lost: list[tuple[int, int, str]] = []
        for src_start, src_end in doc.entity_spans:
            if any(s <= src_start < e for s, e in covered):
                continue
            reference = doc.source[src_start:src_end]
            decoded = decode_entity(reference)
            if not decoded or (markdown and decoded in _MARKDOWN_ESCAPES):
                continue
            if decoded == "¿" and _between_letters(doc.source, src_start, src_end):
                lost.append((src_start, src_end, "’"))
            else:
                shown.append((src_start, src_end, decoded))
        if lost:
            reference = doc.source[lost[0][0] : lost[0][1]]
            report_places(
                ctx, lost,
                f"character reference '{reference}' ('¿') between letters: an apostrophe lost in conversion",
                lambda n: f"{n} character references '¿' between letters: apostrophes lost in conversion",
                source=True, safe=False,
            )
        if shown:
            reference, decoded = doc.source[shown[0][0] : shown[0][1]], shown[0][2]
            kinds = tally([f"'{doc.source[s:e]}'" for s, e, _ in shown])
            if markdown:
                one = f"character reference '{reference}' renders in Markdown but shows as text where the file is used as plain text: write {_shown(decoded)} itself"
                many = lambda n: f"{n} character references in Markdown ({kinds}) render but show as text where the file is used as plain text: write the characters themselves"  # noqa: E731
            else:
                one = f"character reference '{reference}' shown as text: write {_shown(decoded)} itself"
                many = lambda n: f"{n} HTML character references shown as text ({kinds}): write the characters themselves"  # noqa: E731
            report_places(ctx, shown, one, many, source=True, severity=Severity.INFO if markdown else None)

    @staticmethod
    def _escaped_twice(doc, ctx) -> list[tuple[int, int]]:
        """References whose '&' was itself escaped: the analysis text still holds '&#x27;'."""
        covered = []
        places: dict[bool, list[tuple[int, int, str]]] = {True: [], False: []}  # by safety of the fix
        for block in doc.blocks:
            if "&" not in block.text:
                continue
            for match in ENTITY_RE.finditer(block.text):
                decoded = decode_entity(match.group())
                if decoded is None:
                    continue
                src_start, src_end = doc.source_span(block.start + match.start(), block.start + match.end())
                if doc.format == "markdown" and doc.source[src_start - 1 : src_start] == "\\":
                    continue  # "\&#x27;": Markdown's way to show a reference on purpose
                raw = doc.source[src_start:src_end]
                if doc.format == "html" and (decoded in ("<", ">", "&") or decoded.isspace()):
                    fix = match.group()  # keep it escaped once in the markup
                else:
                    fix = decoded
                places[html.unescape(raw) == match.group()].append((src_start, src_end, fix))
                covered.append((src_start, src_end))
        for safe, found in places.items():
            if not found:
                continue
            first = doc.source[found[0][0] : found[0][1]]
            kinds = tally([f"'{doc.source[s:e]}'" for s, e, _ in found])
            report_places(
                ctx, found,
                f"character reference '{html.unescape(first)}' escaped twice ('{first}'): readers see it as text; write {_shown(decode_entity(html.unescape(first)) or '')}",
                lambda n: f"{n} character references escaped twice ({kinds}): readers see them as text; write the characters themselves",  # noqa: B023
                source=True, safe=safe,
            )
        return covered
