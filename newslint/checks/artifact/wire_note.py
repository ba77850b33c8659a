import re

from newslint.analysis.boilerplate import VERSION_TAG
from newslint.engine.rule import Rule, Severity, bad, good

_NOTES = re.compile(
    # a tag, with the slug and second tag a desk system glues to it: "(LEAD) Lee-China(LEAD)"
    r"(?P<tag>" + VERSION_TAG + r"(?:[ ]?[^\s()][^()\n]{0,40}?" + VERSION_TAG + r")?)"
    # notes to subscribers' editors: "(ATTN: UPDATES headline; ADDS photo)", "(Eds: …)"
    r"|(?P<advisory>\((?:ATTN|EDS?|Eds|EDITORS|NOTE\s+TO\s+EDITORS?):[^()\n]*\)|^(?:ATTN|EDS?|Eds):\s[^\n]*?(?:[.)](?=\s|$)|$))"
    # end and continuation marks: "(END)", "(MORE)", a final "MORE", "###", "-30-"
    r"|(?P<end>\((?:END|ENDS|MORE)\)|(?<=[.!?\"”’)] )MORE$|^(?:END|ENDS|MORE|-+ ?(?:ends?|more|30) ?-+|#{3})$)"
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
    "-30-", "- 30 -", "ends-", "ends -", "more-", "more -",
)
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
        "Lee-China(LEAD)'), advisories ('(ATTN: UPDATES headline; ADDS photo)'), end and continuation "
        "marks ('(END)', 'MORE', '-30-'), embargo lines and internal contacts in double parentheses. None "
        "is meant for readers, and when a site republishes a feed without stripping them they show. A "
        "version tag at the very start of the headline ('(LEAD) Lee departs …') is left alone: Yonhap "
        "publishes its English headlines that way, so it is the publisher's convention, not a leak. "
        "Editors' notes that explain a correction or a series are journalism and are not reported."
    )
    examples = (
        bad("Lee departs for Beijing\n\n(LEAD) Lee-China(LEAD) Lee departs for Beijing.\n"),
        bad("Lee departs for Beijing\n\nLee left on Sunday.(ATTN: UPDATES headline; ADDS photo)\n"),
        bad("Lee departs for Beijing\n\nLee left on Sunday.\n\nkim@example.com(END)\n"),
        bad("Lee departs for Beijing\n\nEMBARGOED UNTIL 0001 GMT TUESDAY\n\nLee left on Sunday.\n"),
        good("(LEAD) Lee departs for Beijing\n\nLee left on Sunday.\n"),
        good("Lee departs for Beijing\n\nEditor's note: This story has been corrected to show that Lee left on Sunday, not Saturday.\n"),
        good("Film review\n\nThe film ends as it began (the end, at last), and there is MORE to come, he said.\n"),
        good("Lee departs for Beijing\n\nThe report, embargoed until Tuesday, was leaked to reporters.\n"),
    )

    def check(self, doc, ctx):
        if not any(key in doc.text for key in _KEYS):
            return
        for block in doc.blocks:
            for match in _NOTES.finditer(block.text):
                kind = match.lastgroup
                if kind == "tag" and block.kind == "headline" and match.start() == 0:
                    continue  # "(LEAD) Lee departs …": Yonhap's own headline convention
                start, end = block.start + match.start(), block.start + match.end()
                ctx.report(start, end, f"{_KINDS[kind]} '{match.group()}' left in published copy")

