"""Build newslint/data/lexicon/word-frequencies.txt.gz from wordfreq's English data.

    pip download --no-deps wordfreq -d /tmp/wf
    unzip -o /tmp/wf/wordfreq-*.whl 'wordfreq/data/large_en.msgpack.gz' -d /tmp/wf
    python tools/lexicon_frequency.py /tmp/wf/wordfreq/data/large_en.msgpack.gz

wordfreq's "large" English list (code Apache-2.0, data CC BY-SA 4.0) gives every
word seen about once in 10 million words of its sources (Wikipedia, subtitles,
news, books, web text, Reddit, Twitter) in buckets of one centibel. Only plain
lowercase words are kept (letters, an inner apostrophe): numbers, names the list
saw only in capitals and tokens with other characters are no question of spelling.
Each line of the output is ``word<TAB>centibels``, sorted, so that newslint can
bisect the lines instead of building a 300,000-word dict (~0.4 s) at start; a word's
zipf (log10 of its frequency per billion words) is 9 - centibels / 100.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import msgpack

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "lexicon" / "word-frequencies.txt.gz"
_PLAIN = re.compile(r"[a-z]+(?:'[a-z]+)?")


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else Path("/tmp/wf/wordfreq/data/large_en.msgpack.gz")
    buckets = msgpack.unpackb(gzip.decompress(source.read_bytes()), raw=False)
    assert buckets[0].get("format") == "cB", buckets[0]
    header = [
        "# Word frequencies: word<TAB>centibels (zipf = 9 - centibels / 100), sorted. Derived by",
        "# tools/lexicon_frequency.py from wordfreq 3.1.1 (large_en), data licensed CC BY-SA 4.0",
        "# by Robyn Speer and wordfreq's contributors; see newslint/data/lexicon/SOURCES.md.",
    ]
    rows = sorted(
        f"{word}\t{centibels}"
        for centibels, words in enumerate(buckets[1:], start=1)
        for word in words
        if 2 <= len(word) <= 24 and _PLAIN.fullmatch(word)
    )
    OUT.write_bytes(gzip.compress(("\n".join(header + rows) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(rows)} words -> {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
