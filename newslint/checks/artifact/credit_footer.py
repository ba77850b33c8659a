import re

from newslint.analysis.boilerplate import CREDIT_VERB, DATE_RE, DOMAIN, ROLE, TIMESTAMP
from newslint.engine.rule import Rule, Severity, bad, good

_MAX_WORDS = 45  # a credit line is a line, not a paragraph of prose
_LEAD_WORDS = 6
# A credit opens its line: "Written by …", "This article was prepared by …".
_OPENER = re.compile(
    r"(?:(?:this|the)\s+(?:article|story|post|piece|content|report|page)\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?)?"
    + CREDIT_VERB.pattern,
    re.IGNORECASE,
)  # a credit opens its line: "This article was prepared by …"
_KEYS = (" by ", "writer", "editor", "author", "contributor", "blogger", "desk", "team", "seo", "content")


class CreditFooter(Rule):
    id = "artifact/credit-footer"
    severity = Severity.ERROR
    summary = "A content farm's credit line with a site domain or a machine timestamp ('Prepared by …, senior content writer, for Example.com – 2026-01-07 09:21:55')."
    rationale = (
        "Content mills and auto-publishing tools sign each piece with a line that credits a writer by role "
        "for a site named by its domain, stamped with the moment it was generated: 'Prepared by Jane Roe, "
        "senior content writer, for Example.com – 2026-01-07 09:21:55', 'Posted by admin on 2025-03-05 "
        "at 10:21'. Edited news credits its reporters in a byline or a tagline ('Reporting by …; Editing "
        "by …', 'Additional reporting by …') and never with a clock time or a domain. A line counts when it "
        "names a credit ('written by', 'prepared by') or a content role ('content writer', 'SEO editor') "
        "and carries a date with a clock time, or opens with the credit and names a site by its domain or "
        "a role and a date ('The post, written by a user on Reddit.com, …' is prose). Quoted "
        "text and lines of more than 45 words are left alone."
    )
    examples = (
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nPrepared by Jane Roe, senior content writer, for Newsbeat24.com – 2026-01-07 09:21:55.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nThis article was written by the content team at dailyhub.net.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nPosted by admin on 2025-03-05 at 10:21\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nReporting by Jane Roe; Editing by John Doe\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nAdditional reporting by Jane Roe in Busan.\n"),
        good("Talks resume in Seoul\n\nThe report was written by Jane Roe, a former editor, and published on Monday.\n"),
        good('Talks resume in Seoul\n\n"It was written by a content writer for Example.com," she said.\n'),
    )

    def check(self, doc, ctx):
        lowered = doc.text.lower()
        if not any(key in lowered for key in _KEYS):
            return
        for block in doc.blocks:
            if block.kind in ("headline", "heading", "table_cell") or len(block.text.split()) > _MAX_WORDS:
                continue
            text = block.text
            verb, role = CREDIT_VERB.search(text), ROLE.search(text)
            if not (verb or role):
                continue
            stamp, domain = TIMESTAMP.search(text), DOMAIN.search(text)
            anchor = min(m.start() for m in (verb, role) if m)
            opens = verb is not None and bool(_OPENER.match(text, self._line_start(text, verb.start())))
            # a clock time is the machine's; a domain or a bare date only where the line opens with the credit
            if not (stamp or (opens and (domain or (role and DATE_RE.search(text))))):
                continue
            if doc.quote_at(block.start + anchor) is not None:
                continue
            start = self._line_start(text, anchor)
            if len(text[start:anchor].split()) > _LEAD_WORDS:
                continue  # "The post, written by a user on Reddit.com, said …": prose about a credit
            end = len(text.rstrip(" ."))
            what = "timestamp" if stamp else "site domain" if domain else "date"
            ctx.report(block.start + start, block.start + end, f"content-farm credit line with a {what}: not part of a news story")

    @staticmethod
    def _line_start(text: str, anchor: int) -> int:
        """Where the credit begins: the block's start, unless a finished sentence comes before it."""
        cut = max(text.rfind(". ", 0, anchor), text.rfind("? ", 0, anchor), text.rfind("! ", 0, anchor))
        return cut + 2 if cut != -1 else 0
