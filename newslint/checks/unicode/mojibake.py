import re

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
        "(text garbled twice is repaired in one go)."
    )
    examples = (
        bad("Talks end\n\nLee said he didnâ€™t expect a deal.\n", fixed="Talks end\n\nLee said he didn’t expect a deal.\n"),
        bad("Talks end\n\nThe cafÃ© costs Â£5.\n", fixed="Talks end\n\nThe café costs £5.\n"),
        bad("Talks end\n\nLee said he didn\x92t expect a deal.\n", fixed="Talks end\n\nLee said he didn’t expect a deal.\n"),
        good("Talks end\n\nThe café in São Paulo costs £5 and the CAFÉ… sign is new.\n"),
        good("Talks end\n\nÉLYSÉE – « Très bien », a-t-il dit à Zürich, Ærø and Øresund.\n"),
    )

    def check(self, doc, ctx):
        if doc.text.isascii():
            return  # most English copy: nothing to find
        text = doc.text
        reported = []
        group: list[tuple[int, int, str]] = []
        for candidate in _CANDIDATE.finditer(text):
            for piece in _pieces(text, candidate.start(), candidate.end()):
                if group and piece[0] != group[-1][1]:
                    reported += self._report_group(ctx, text, group)
                    group = []
                group.append(piece)  # adjacent candidates join: "Ã¢â‚¬â„¢" was garbled twice
        if group:
            reported += self._report_group(ctx, text, group)
        for match in _C1.finditer(text):
            if any(s <= match.start() < e for s, e in reported):
                continue
            byte = ord(match.group())
            try:
                meant = bytes([byte]).decode("cp1252")
            except UnicodeDecodeError:
                ctx.report(match.start(), match.end(), f"control character U+{byte:04X}: a character was lost in conversion")
                continue
            ctx.report(match.start(), match.end(), f"control character U+{byte:04X}: Windows-1252 '{meant}' read as Latin-1", fix=meant)

    @staticmethod
    def _report_group(ctx, text, group) -> list[tuple[int, int]]:
        start, end = group[0][0], group[-1][1]
        if len(group) == 1 and end - start == 2 and _BYTE[text[start]] not in _TRUSTED_LEADS:
            return []
        fixed = repair(text[start:end])
        ctx.report(start, end, f"mojibake '{text[start:end]}': UTF-8 read as Windows-1252; meant '{fixed}'", fix=fixed)
        return [(start, end)]
