from newslint.analysis.boilerplate import VERSION_TAG
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lazy_regex import lazy_compile

_NOTES = lazy_compile(
    # a tag, with the slug and second tag a desk system glues to it: "(LEAD) Lee-China(LEAD)"
    r"(?P<tag>" + VERSION_TAG + r"(?:[ ]?[^\s()][^()\n]{0,40}?" + VERSION_TAG + r")?)"
    # notes to subscribers' editors: "(ATTN: UPDATES headline; ADDS photo)", "(Eds: …)"
    r"|(?P<advisory>\((?:ATTN|EDS?|Eds|EDITORS|NOTE\s+TO\s+EDITORS?):[^()\n]*\)|^(?:ATTN|EDS?|Eds):\s[^\n]*?(?:[.)](?=\s|$)|$)"
    # what a new version changes: "(ADDS background in para 6)", "(RECASTS with fresh quotes)", "(Corrects spelling of name in paragraph 4)"
    r"|\((?:ADDS|RECASTS?|UPDATES|CORRECTS|REFILES|REPEATS|ADVANCES|INSERTS|FIXES|CHANGES|REWRITES|WRITETHRU|TOPS|SUBS)\b[^()\n]{0,100}\)"
    r"|\((?:Adds|Recasts|Updates|Corrects|Refiles|Repeats|Changes|Fixes|Inserts|Rewrites|Removes)\s[^()\n]{0,100}?"
    r"\b(?:para(?:graph)?s?|headline|dateline|byline|quotes?|details|background|comments?|spelling|name|figures?|throughout|lead|photo"
    r"|graphic|links?|typo|reaction|context|version)\b[^()\n]{0,60}\))"
    # end and continuation marks: "(END)", "(MORE)", a final "MORE", "###", "-30-"
    r"|(?P<end>\((?:END|ENDS|MORE)\)|(?<=[.!?\"”’)] )MORE$|^(?:END|ENDS|MORE|-+ ?(?i:ends?|more|30) ?-+|#{3})$)"
    # embargo and release lines from press releases and wire advisories
    r"|(?P<embargo>^(?:EMBARGO(?:ED)?\b|Embargoed\s+(?:until|till|to|for)\b|NOT\s+FOR\s+(?:PUBLICATION|RELEASE|BROADCAST)\b"
    r"|HOLD\s+FOR\s+RELEASE\b|FOR\s+IMMEDIATE\s+RELEASE\b)[^\n]*?(?:\.(?=\s|$)|$))"
    # Reuters-style internal notes in double parentheses: "((jane.doe@example.com; +44 20 …))"
    r"|(?P<internal>\(\([^()\n]{2,200}\)\))"
)
# One of these is in every note; most articles hold none and the pattern never runs.
_KEYS = (
    "LEAD)", " LD)", "URGENT)", "UPDATE", "WRAPUP", "REFILE)", "CORRECTED)", "RECAST)", "ATTN", "EDS", "Eds:",
    "EDITORS", "END", "MORE", "EMBARGO", "Embargoed", "NOT FOR", "HOLD FOR", "FOR IMMEDIATE", "((", "###",
    "-30-", "- 30 -", "ends-", "ends -", "more-", "more -", "MORE -", "ADDS", "RECAST", "CORRECTS", "REFILES", "REPEATS",
    "ADVANCES", "INSERTS", "FIXES", "CHANGES", "REWRITES", "WRITETHRU", "TOPS", "SUBS", "(Adds", "(Recasts", "(Updates",
    "(Corrects", "(Refiles", "(Repeats", "(Changes", "(Fixes", "(Inserts", "(Rewrites", "(Removes",
)
# Tags Yonhap prints at the head of its own English headlines: its convention, not a leak.
_HEADLINE_TAG = lazy_compile(r"\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT)\)\s")
_KINDS = {
    "tag": "wire-service slug or version tag",
    "advisory": "wire advisory to editors",
    "end": "wire end or continuation mark",
    "embargo": "embargo or release line",
    "internal": "internal wire note",
}


class WireNote(Rule):
    id = "artifact/wire-note"
    severity = Severity.ERROR
    summary = "A wire service's note to editors left in published copy ('(ATTN: …)', '(END)', a slug glued to the headline)."
    rationale = (
        "Wire copy reaches subscribers with notes for their editors: version tags and slugs ('(LEAD) "
        "Lee-China(LEAD)'), advisories ('(ATTN: UPDATES headline; ADDS photo)') and the notes that say what "
        "a new version changes ('(ADDS background in para 6)', '(Corrects spelling of name in paragraph 4)'), "
        "end and continuation marks ('(END)', 'MORE', '-- MORE --', '-30-'), embargo lines and internal "
        "contacts in double parentheses. None is meant for readers, and when a site republishes a feed "
        "without stripping them they show. '(LEAD)', '(2nd LD)' and '(URGENT)' at the very start of the "
        "headline are left alone: Yonhap publishes its English headlines that way, so it is the "
        "publisher's convention, not a leak; a desk's '(REFILE)' or '(CORRECTED)' there is reported. "
        "Editors' notes that explain a correction to readers ('Editor's note: …') are journalism. A feed "
        "published unstripped leaves all its notes, so they are one finding, at the first, with the others "
        "as further places."
    )
    examples = (
        bad("Lee departs for Beijing\n\n(LEAD) Lee-China(LEAD) Lee departs for Beijing.\n"),
        bad("Lee departs for Beijing\n\nLee left on Sunday.(ATTN: UPDATES headline; ADDS photo)\n"),
        bad("Lee departs for Beijing\n\nLee left on Sunday.\n\nkim@example.com(END)\n"),
        bad("Lee departs for Beijing\n\nEMBARGOED UNTIL 0001 GMT TUESDAY\n\nLee left on Sunday.\n"),
        good("(LEAD) Lee departs for Beijing\n\nLee left on Sunday.\n"),
        bad("(REFILE) Lee departs for Beijing\n\nLee left on Sunday.\n"),
        bad("Lee departs for Beijing\n\nLee left on Sunday, his office said. (ADDS background in para 6)\n"),
        good("Lee departs for Beijing\n\nLee left on Sunday (he adds that he will return on Wednesday).\n"),
        good("Lee departs for Beijing\n\nEditor's note: This story has been corrected to show that Lee left on Sunday, not Saturday.\n"),
        good("Film review\n\nThe film ends as it began (the end, at last), and there is MORE to come, he said.\n"),
        good("Lee departs for Beijing\n\nThe report, embargoed until Tuesday, was leaked to reporters.\n"),
    )

    def check(self, doc, ctx):
        if not any(key in doc.text for key in _KEYS):
            return
        notes = []
        for block in doc.blocks:
            for match in _NOTES.finditer(block.text):
                kind = match.lastgroup
                if kind == "tag" and block.kind == "headline" and match.start() == 0 and _HEADLINE_TAG.match(block.text):
                    continue  # "(LEAD) Lee departs …": Yonhap's own headline convention; "(REFILE)" is a desk's
                notes.append((block.start + match.start(), block.start + match.end(), kind, match.group()))
        if not notes:
            return
        start, end, kind, text = notes[0]
        message = f"{_KINDS[kind]} '{text}' left in published copy"
        if len(notes) > 1:
            shown = ", ".join(f"'{_short(note)}'" for *_, note in notes[:3]) + (", …" if len(notes) > 3 else "")
            message = f"{len(notes)} wire notes to editors left in published copy: {shown}"
        ctx.report(start, end, message, related=[(s, e, None) for s, e, *_ in notes[1:]])


def _short(note: str) -> str:
    return note if len(note) <= 30 else note[:29] + "…"

