import re

from newslint.analysis.boilerplate import BYLINE, CREDIT_BYLINE
from newslint.analysis.metadata_fields import field_or_continuation, source_span, text_of
from newslint.engine.rule import Rule, Severity, bad, good

_EMAIL = re.compile(r"([A-Za-z0-9][\w.+-]*)@([\w-]+(?:\.[\w-]+)+)")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*)+")
# Credits that name a desk or an agency, not a person: they contradict no byline.
_DESK = re.compile(
    r"\b(?:staff|desk|team|editors?|editorial|newsroom|news|agency|press|admin|bureau|wire|service|reuters|yonhap|afp|ap"
    r"|associated|bloomberg|xinhua|kyodo|correspondents?|reporters?|contributors?)\b",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|&|/)\s*")
_LEAD_BLOCKS = 3
_BYLINE_WORDS = 14  # "By Jane Roe, senior correspondent (jane.roe@example.com)"
_SIGN_OFF_BLOCKS = 3


def _parts(name: str) -> list[str]:
    """'Kim Eun-jung' -> ['kim', 'eun', 'jung', 'eunjung']: the pieces an e-mail address is made of."""
    words = [w for w in re.split(r"[\s.]+", name.lower()) if w]
    parts = [p for w in words for p in re.split(r"[-\u2010\u2011'’]", w) if p]
    return parts + [re.sub(r"[-\u2010\u2011'’]", "", w) for w in words if re.search(r"[-\u2010\u2011'’]", w)]


def email_matches_name(local: str, name: str) -> bool:
    """An address made from the name: whole parts and initials, each part used once ('ejkim', 'jane.roe', 'jroe')."""
    letters = re.sub(r"[^a-z]", "", local.lower())
    parts = _parts(name)

    def fits(rest: str, unused: frozenset[int], whole: bool) -> bool:
        if not rest:
            return whole
        for i in unused:
            part = parts[i]
            if rest.startswith(part) and fits(rest[len(part) :], unused - {i}, True):
                return True
            if rest[0] == part[0] and fits(rest[1:], unused - {i}, whole):
                return True
        return False

    return bool(letters) and fits(letters, frozenset(range(len(parts))), False)


def _latin(name: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(name.strip()))


def _same_person(first: str, second: str) -> bool:
    """One name is the other, in any order, or with parts added ('Jane Roe', 'Roe Jane', 'Jane A. Roe-Smith').
    Two people may share a given name: 'Yuki Brennan' is not 'Yuki Fairbairn'."""
    a, b = ({p for p in _parts(name) if len(p) > 1} for name in (first, second))
    return bool(a and b) and (a <= b or b <= a)


class AuthorMismatch(Rule):
    id = "metadata/author-mismatch"
    severity = Severity.ERROR
    summary = "The author in the front matter or <head> is someone other than the story's byline."
    rationale = (
        "When the metadata credits one person and the byline another, search engines, feeds and the "
        "archive credit the wrong reporter; a crawler or a CMS that fills the author from the account "
        "that uploaded the story is the usual cause. Only what is certain is reported: two names in "
        "Latin letters that cannot be one person (neither holds the other's parts: 'Yuki Brennan' is not "
        "'Yuki Fairbairn'), or an author's e-mail address that is neither the "
        "byline's sign-off address nor made from the byline's name (the way 'ejkim' is made from 'Kim "
        "Eun-jung'). A name in Hangul or another script is never compared with a romanised byline by "
        "itself (유지호 may be spelt Yoo Jee-ho or Ryu Ji-ho): only an e-mail address can link or separate "
        "them. Desk and agency credits ('Staff', 'Yonhap', 'Web desk') contradict no byline."
    )
    examples = (
        bad("---\ntitle: Talks resume\nauthor: Jane Roe\n---\n\nBy John Doe\n\nTalks resumed on Monday in Geneva, officials said.\n", format="markdown"),
        bad(
            "---\ntitle: Talks resume\nauthor: 유지호(jeeho@example.kr)\n---\n\nBy Kim Eun-jung\n\nTalks resumed on Monday in Geneva.\n\nejkim@example.kr\n",
            format="markdown",
        ),
        good("---\ntitle: Talks resume\nauthor: Jane Roe\n---\n\nBy Jane Roe and John Doe\n\nTalks resumed on Monday in Geneva.\n", format="markdown"),
        good(
            "---\ntitle: Talks resume\nauthor: 김은정(ejkim@example.kr)\n---\n\nBy Kim Eun-jung\n\nTalks resumed on Monday in Geneva.\n",
            format="markdown",
        ),
        good("---\ntitle: Talks resume\nauthor: 유지호\n---\n\nBy Kim Eun-jung\n\nTalks resumed on Monday in Geneva.\n", format="markdown"),
        good("---\ntitle: Talks resume\nauthor: Web Desk\n---\n\nBy Jane Roe\n\nTalks resumed on Monday in Geneva.\n", format="markdown"),
    )

    def check(self, doc, ctx):
        meta = field_or_continuation(doc, "byline")
        if meta is None:
            return
        credited = text_of(meta.value)
        byline_block, bylines = self._bylines(doc)
        sign_offs = self._sign_offs(doc)
        if not (bylines or sign_offs):
            return
        for author in [a for a in _SEPARATORS.split(credited) if a.strip()]:
            emails = [m.group(1).lower() for m in _EMAIL.finditer(author)]
            name = _EMAIL.sub("", author).strip(" ()<>[]")
            if _DESK.search(name) and not emails:
                return
            if self._linked(name, emails, bylines, sign_offs):
                return
        reason = self._contradiction(credited, bylines, sign_offs)
        if reason is None:
            return
        message = f"the metadata credits '{credited}' but {reason}: one of them is wrong"
        if byline_block is not None:
            # the byline readers see, on its own line; a byline glued into the lead is
            # structure/glued-byline's span, so the metadata credit carries this finding then
            ctx.report(byline_block.start, byline_block.end, message)
            return
        span = source_span(doc, meta)
        if span is not None:
            ctx.report_source(span[0], span[1], message)

    @staticmethod
    def _bylines(doc):
        """The byline's block when it stands on its own line (or None), and the names it gives."""
        blocks = [b for b in doc.blocks if b.kind in ("paragraph", "list_item", "heading")]
        for block in blocks[:_LEAD_BLOCKS] + blocks[-_SIGN_OFF_BLOCKS:]:
            match = CREDIT_BYLINE.match(block.text)
            if match and len(block.text.split()) <= _BYLINE_WORDS:
                return block, [n for n in _SEPARATORS.split(match.group("names")) if n.strip()]
        for block in [b for b in blocks if b.kind == "paragraph"][:_LEAD_BLOCKS]:
            match = BYLINE.search(block.text)
            if match:
                return None, [n for n in _SEPARATORS.split(match.group("names")) if n.strip()]
        return None, []

    @staticmethod
    def _sign_offs(doc) -> list[str]:
        found = []
        for block in doc.blocks[-_SIGN_OFF_BLOCKS:]:
            if len(block.text.split()) <= 4:  # "ejkim@yna.co.kr(END)": an address on a line of its own
                found += [m.group(1).lower() for m in _EMAIL.finditer(block.text)]
        return found

    @staticmethod
    def _linked(name, emails, bylines, sign_offs) -> bool:
        if name and _latin(name) and bylines and all(_latin(b) for b in bylines):
            return any(_same_person(name, b) for b in bylines)  # two names in one script say more than an address
        if any(e in sign_offs for e in emails):
            return True
        if any(email_matches_name(e, b) for e in emails for b in bylines):
            return True
        if name and _latin(name):
            if any(_same_person(name, b) for b in bylines) or any(email_matches_name(s, name) for s in sign_offs):
                return True
        return False

    @staticmethod
    def _contradiction(credited, bylines, sign_offs) -> str | None:
        """What proves the credit wrong, or None when nothing does for certain."""
        emails = [m.group(1).lower() for m in _EMAIL.finditer(credited)]
        names = [_EMAIL.sub("", a).strip(" ()<>[]") for a in _SEPARATORS.split(credited) if a.strip()]
        byline = ", ".join(bylines)
        if bylines and any(names) and all(_latin(n) for n in names if n) and all(_latin(b) for b in bylines):
            return f"the byline is '{byline}'"  # two people named in one script
        owned = [s for s in sign_offs if any(email_matches_name(s, b) for b in bylines)] or ([] if bylines else sign_offs)
        if emails and owned:
            return f"the byline is '{byline or owned[0]}' ({owned[0]}@…), who signs the story with another address"
        return None  # a name in another script, or an address not made from the byline's name: nothing certain
