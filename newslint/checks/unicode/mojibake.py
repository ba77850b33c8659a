import re

from newslint.checks.repeats import report_places, tally
from newslint.engine.rule import Rule, Severity, bad, good


def _byte_table() -> dict[str, int]:
    """Each character that Windows-1252 (or Latin-1, for its five gaps) gives to a byte 0x80-0xFF."""
    table = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte  # Latin-1: C1 controls and 0xA0-0xFF
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            pass
    return table


_BYTE = _byte_table()
_LEADS = "".join(re.escape(c) for c, b in _BYTE.items() if 0xC2 <= b <= 0xF4)
_CONTINUATIONS = "".join(re.escape(c) for c, b in _BYTE.items() if 0x80 <= b <= 0xBF)
# A UTF-8 lead byte read as Windows-1252, then its continuation bytes: "â€™", "Ã©", "Â£".
_CANDIDATE = re.compile("[" + _LEADS + "][" + _CONTINUATIONS + "]+")
# C1 control characters: Windows-1252 punctuation read as Latin-1 ("\x92" for "’").
_C1 = re.compile("[\x80-\x9f]")
# A lone two-byte sequence is trusted only for the two commonest leads (Â, Ã); "É…" is French.
_TRUSTED_LEADS = (0xC2, 0xC3)


def _sequence_length(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _pieces(text: str, start: int, end: int):
    """(start, end, decoded) for each valid UTF-8 sequence spelled in Windows-1252 inside text[start:end]."""
    i = start
    while i < end:
        lead = _BYTE.get(text[i], 0)
        length = _sequence_length(lead) if lead >= 0xC2 else 1
        if length > 1 and i + length <= end:
            try:
                decoded = bytes(_BYTE[c] for c in text[i : i + length]).decode("utf-8")
            except (KeyError, UnicodeDecodeError):
                decoded = None
            if decoded is not None:
                yield i, i + length, decoded
                i += length
                continue
        i += 1


def repair(text: str) -> str:
    """``text`` decoded as the UTF-8 it was meant to be, when all of it is mojibake (twice over at most)."""
    for _ in range(3):
        pieces = list(_pieces(text, 0, len(text)))
        if not pieces or sum(e - s for s, e, _ in pieces) != len(text):
            break
        text = "".join(d for _, _, d in pieces)
    return text


class Mojibake(Rule):
    id = "unicode/mojibake"
    severity = Severity.ERROR
    summary = "Text decoded with the wrong encoding ('â€™' for '’', 'Ã©' for 'é', 'Â£' for '£')."
    rationale = (
        "When UTF-8 text is read as Windows-1252 each accented letter or curly quote turns into two or "
        "three odd characters ('donâ€™t', 'cafÃ©'); Windows text read as Latin-1 leaves invisible control "
        "characters where its quotes and dashes were. Readers see gibberish. Only sequences that decode "
        "to valid UTF-8 are reported; a lone two-character pair must start with 'Â' or 'Ã' (the commonest "
        "and least ambiguous), so 'É…' in French copy is left alone. The fix restores the characters "
        "(text garbled twice is repaired in one go). A file garbled once is garbled throughout, so every "
        "sequence is one finding, with the count, every place and one fix."
    )
    examples = (
        bad("Talks end\n\nLee said he didnâ€™t expect a deal.\n", fixed="Talks end\n\nLee said he didn’t expect a deal.\n"),
        bad("Talks end\n\nThe cafÃ© costs Â£5.\n", fixed="Talks end\n\nThe café costs £5.\n"),
        bad("Talks end\n\nLee said he didn\x92t expect a deal.\n", fixed="Talks end\n\nLee said he didn’t expect a deal.\n"),
        bad(
            "Talks end\n\nLee didnâ€™t say â€œnoâ€\x9d.\n",
            fixed="Talks end\n\nLee didn’t say “no”.\n",
        ),
        good("Talks end\n\nThe café in São Paulo costs £5 and the CAFÉ… sign is new.\n"),
        good("Talks end\n\nÉLYSÉE – « Très bien », a-t-il dit à Zürich, Ærø and Øresund.\n"),
    )

    def check(self, doc, ctx):
        if doc.text.isascii():
            return  # most English copy: nothing to find
        text = doc.text
        garbled: list[tuple[int, int, str]] = []
        group: list[tuple[int, int, str]] = []
        for candidate in _CANDIDATE.finditer(text):
            for piece in _pieces(text, candidate.start(), candidate.end()):
                if group and piece[0] != group[-1][1]:
                    garbled += self._sequence(text, group)
                    group = []
                group.append(piece)  # adjacent candidates join: "Ã¢â‚¬â„¢" was garbled twice
        if group:
            garbled += self._sequence(text, group)
        if garbled:
            first = garbled[0]
            report_places(
                ctx, garbled, f"mojibake '{text[first[0] : first[1]]}': UTF-8 read as Windows-1252; meant '{first[2]}'",
                lambda n: f"{n} mojibake sequences: UTF-8 read as Windows-1252 ({tally([f'{text[s:e]!r} for {r!r}' for s, e, r in garbled])})",
            )
        controls: list[tuple[int, int, str]] = []
        lost: list[tuple[int, int, None]] = []
        for match in _C1.finditer(text):
            if any(s <= match.start() < e for s, e, _ in garbled):
                continue
            try:
                controls.append((match.start(), match.end(), match.group().encode("latin-1").decode("cp1252")))
            except UnicodeDecodeError:
                lost.append((match.start(), match.end(), None))
        if controls:
            byte, meant = ord(text[controls[0][0]]), controls[0][2]
            report_places(
                ctx, controls, f"control character U+{byte:04X}: Windows-1252 '{meant}' read as Latin-1",
                lambda n: f"{n} control characters: Windows-1252 read as Latin-1 ({tally([f'U+{ord(text[s]):04X} for {r!r}' for s, _, r in controls])})",
            )
        if lost:
            report_places(
                ctx, lost, f"control character U+{ord(text[lost[0][0]]):04X}: a character was lost in conversion",
                lambda n: f"{n} control characters where characters were lost in conversion",
            )

    @staticmethod
    def _sequence(text, group) -> list[tuple[int, int, str]]:
        """The group as one garbled place (start, end, repaired), or nothing when it is too short to trust."""
        start, end = group[0][0], group[-1][1]
        if len(group) == 1 and end - start == 2 and _BYTE[text[start]] not in _TRUSTED_LEADS:
            return []
        return [(start, end, repair(text[start:end]))]
