"""Bytes to text: UTF-8 first, then a declared encoding, else a clear problem."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)|^[ \t]*(?:charset|encoding)\s*:\s*["']?([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE | re.MULTILINE,
)

#: WHATWG encoding labels that do not mean what Python's codec of that name means: browsers
#: read a page declaring iso-8859-1, latin1 or ascii as windows-1252 (the Encoding Standard,
#: https://encoding.spec.whatwg.org/#names-and-labels), so a page that displays fine must not
#: turn into mojibake here. Labels not listed are looked up as Python codecs.
_WHATWG_LABELS = {
    **dict.fromkeys(("ansi_x3.4-1968", "ascii", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "cp1252", "windows-1252", "x-cp1252"), "windows-1252"),
    **dict.fromkeys(("csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "cp1254", "windows-1254", "x-cp1254"), "windows-1254"),
    **dict.fromkeys(("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"), "windows-874"),
    **dict.fromkeys(("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"), "gb18030"),
    **dict.fromkeys(("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"), "cp932"),
    **dict.fromkeys(("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"), "cp949"),
    # a page that says utf-16 in a <meta> is not UTF-16 (it could not have been read to find the tag)
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"), "utf-8"),
}

#: windows-1252 bytes Python's cp1252 leaves undefined and WHATWG maps to the C1 controls.
_C1_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _whatwg_c1(error: UnicodeError) -> tuple[str | bytes, int]:
    """Codec error handler: the five cp1252 holes are U+0081… both ways, as browsers read them."""
    if isinstance(error, UnicodeDecodeError) and error.object[error.start] in _C1_HOLES:
        return chr(error.object[error.start]), error.start + 1
    if isinstance(error, UnicodeEncodeError) and ord(error.object[error.start]) in _C1_HOLES:
        return bytes([ord(error.object[error.start])]), error.start + 1
    raise error


codecs.register_error("newslint-whatwg-c1", _whatwg_c1)


def _codec_errors(encoding: str) -> str:
    return "newslint-whatwg-c1" if encoding == "windows-1252" else "strict"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""
    #: Set when no encoding fit: the byte offset of the first undecodable byte.
    bad_byte: int | None = None
    bad_char: int = 0  # where that byte is in ``text`` (code points)
    bad_reason: str = ""


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM mean this is not an article."""
    if any(data.startswith(bom) for bom, enc in _BOMS if enc != "utf-8"):
        return False
    return b"\x00" in data[:8192]


def decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                return _undecodable(data[len(bom):], encoding, exc, bom)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        declared = _declared_encoding(data)
        if declared:
            try:
                return Decoded(data.decode(declared, _codec_errors(declared)), declared)
            except (UnicodeDecodeError, LookupError):
                pass
        return _undecodable(data, "utf-8", utf8_error)


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = next(g for g in match.groups() if g).decode("ascii", "replace").lower()
    name = _WHATWG_LABELS.get(name, name)
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _undecodable(data: bytes, encoding: str, error: UnicodeDecodeError, bom: bytes = b"") -> Decoded:
    text = data.decode(encoding, errors="replace")
    reason = f"byte 0x{data[error.start]:02x} at byte offset {error.start + len(bom)} is not valid {encoding.upper()}"
    bad_char = len(data[: error.start].decode(encoding, errors="replace"))
    return Decoded(text, encoding, bom, bad_byte=error.start + len(bom), bad_char=bad_char, bad_reason=reason)


def encode(text: str, decoded: Decoded) -> bytes:
    """Encode fixed text back the way the file was stored."""
    return decoded.bom + text.encode(decoded.encoding, _codec_errors(decoded.encoding))


def can_encode(text: str, decoded: Decoded) -> bool:
    """Whether ``text`` can be written in the file's encoding (a fix's replacement, say)."""
    try:
        text.encode(decoded.encoding, _codec_errors(decoded.encoding))
    except (UnicodeEncodeError, LookupError):
        return False
    return True
