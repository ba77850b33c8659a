"""Tokens in which punctuation may legitimately touch letters: links, addresses, domain names, codes."""

from __future__ import annotations

import re

# URLs, e-mail addresses, handles, domain names ("Archyde.com", "yna.co.kr", "Amazon.Com") and
# wire tickers in angle brackets ("<Pari.Pa>").
_LINK_LIKE = re.compile(
    r"://|@|<|^www\.|\.(?:com|org|net|gov|edu|int|info|biz|io|ai|tv|co|uk|kr|cn|jp|de|fr|au|ca|in|eu|us|me|ly)\b",
    re.IGNORECASE,
)
# Lists of codes: "A1,B2,C3".
_CODES = re.compile(r"^[A-Z0-9]+(?:,[A-Z0-9]+)+$")


def token_around(text: str, index: int) -> str:
    """The whitespace-delimited token containing ``text[index]``."""
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = index
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def is_link_like(token: str) -> bool:
    return bool(_LINK_LIKE.search(token) or _CODES.match(token.rstrip(".,;:!?)\"”’")))


class LinkLikeTokens:
    """is_link_like(token_around(text, i)) for increasing indexes ``i`` of one text, in linear time
    overall: each token is found and tested once, however many commas or dots it holds
    ('a,a,a,…' of 100k characters was quadratic; issue 11)."""

    def __init__(self, text: str):
        self._text = text
        self._end = 0  # one past the current token (or 0 before the first)
        self._link_like = False

    def __call__(self, index: int) -> bool:
        if index >= self._end:
            text, start, end = self._text, index, index
            while start > self._end and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            self._end = max(end, index + 1)
            self._link_like = is_link_like(text[start:end])
        return self._link_like
