"""Sentence boundaries inside one block of analysis text.

Tuned for news copy: does not break at "Jan.", "Dr.", "U.S. officials",
"No. 1", decimals or initials ("J. K. Rowling"), does break before a
lowercase word after a real full stop (so "committee. after signaling" is two
sentences and the second can be flagged for its lowercase start), and keeps
'"Why?" he asked' together.
"""

from __future__ import annotations

import re

# Abbreviations after which a sentence practically never ends.
_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm",
    "rev", "st", "mt", "ft", "pres", "supt", "cmdr", "cpl", "pvt", "det", "insp", "hon", "messrs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "v", "e.g", "i.e", "cf", "approx", "fig", "vol", "pp", "ca", "est", "dept",
    "univ", "assn", "ave", "blvd", "rd", "op", "ed", "eds",
}
# Abbreviations that may end a sentence: a break only before a typical sentence opener.
_MAYBE_FINAL = {
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "inc", "co", "corp", "ltd", "plc", "jr",
    "sr", "etc", "bros", "llc", "d.c", "ph.d", "b.c", "a.d",
    # US states as AP abbreviates them in datelines and party labels ("Calif.", "(D-Wash.)")
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "va", "vt", "wash", "wis", "wyo", "d-wash", "r-wash",
}
_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
    "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "after",
    "before", "as", "there", "his", "her", "their", "its", "our", "my", "some", "many", "most",
    "meanwhile", "however", "still", "also", "then", "now",
}

_CLOSERS = "\"'”’»)]"
_OPENING = "\"'“‘«([{"
# The lookbehind starts a candidate only at the first mark of a run ("....."), so a long run of
# dots costs one backtrack, not one per dot (which made a 100,000-dot line take minutes).
_CANDIDATE = re.compile(r"(?<![.!?…])([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(\s+)(?=\S)")
_ENUMERATOR = re.compile(r"\d{1,3}(?:\.\d{1,3})*|[ivx]{1,4}|[a-z]")
_ENUMERATORS = re.compile(r"(?:\s*(?:" + _ENUMERATOR.pattern + r")[.)])*\s*")
_NUMBERING_SPAN = 24  # "1.2.3. " and "iv) a. " numbering is short; longer is not a heading number
_NEXT_WORD = re.compile(r"[" + re.escape(_OPENING) + r"]*([^\s" + re.escape(_CLOSERS) + r",;:]*)")


def _token_start(text: str, end: int) -> int:
    """Where the token ending at ``end`` starts (after whitespace or an opening mark)."""
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENING:
        start -= 1
    return start


def _is_boundary(text: str, match: re.Match[str], sentence_start: int) -> bool:
    punct, closers, _ = match.groups()
    next_word = _NEXT_WORD.match(text, match.end())
    word = next_word.group(1) if next_word else ""
    lower_next = bool(word) and word[0].islower()

    if punct[-1] in "!?" or punct.endswith("…") or punct.endswith(".."):
        # '"Why?" he asked', "Yahoo! said", "and so… we wait": a lowercase word continues.
        return not lower_next

    token_start = _token_start(text, match.start())
    token = text[token_start : match.start()]
    bare = token.rstrip(".").lower()
    if not bare:
        return True
    if (
        _ENUMERATOR.fullmatch(bare)
        and token_start - sentence_start <= _NUMBERING_SPAN
        and _ENUMERATORS.fullmatch(text, sentence_start, token_start)
    ):
        return False  # "1. Background", "3.1 Trade": numbering, not a sentence

    if closers:
        return True  # 'the "balancing act." this shift': the quote closed a sentence.
    if bare in _NEVER_FINAL:
        return False
    if len(bare) == 1 and bare.isalpha() and token[0].isupper():
        return False  # an initial: "J. K. Rowling"
    if bare in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        return word[:1].isupper() and word.lower() in _OPENERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text``, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if _is_boundary(text, match, start):
            end = match.start(3)
            spans.append((start, end))
            start = match.end()
    if start < len(text):
        end = len(text.rstrip())
        if end > start:
            spans.append((start, end))
    # trim leading whitespace of each span
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            result.append((s, e))
    return result
