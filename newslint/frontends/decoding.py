"""Bytes to text: UTF-8 first, then a declared encoding, else a clear problem."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)|^[ \t]*(?:charset|encoding)\s*:\s*["']?([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE | re.MULTILINE,
)

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
                return Decoded(data.decode(declared), declared)
            except (UnicodeDecodeError, LookupError):
                pass
        return _undecodable(data, "utf-8", utf8_error)


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = next(g for g in match.groups() if g).decode("ascii", "replace")
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
    return decoded.bom + text.encode(decoded.encoding)
