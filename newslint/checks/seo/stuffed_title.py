import re
from collections import Counter

from newslint.analysis.content_words import is_function_word, runs, words
from newslint.analysis.keyphrases import Keyphrases, keyphrases
from newslint.analysis.stuffing import stuffed_with
from newslint.analysis.metadata_fields import source_span, text_of
from newslint.engine.rule import Rule, Severity, bad, good

_TITLE_KEYS = ("title", "og:title", "twitter:title")
# What separates the parts of a title: "Pizza Boston | Pizza Delivery - Pizza Near Me".
_SEGMENT_BREAK = re.compile(r"\s[|·•–—-]\s|\s*[|:/]\s*")


class StuffedTitle(Rule):
    id = "seo/stuffed-title"
    severity = Severity.WARNING
    summary = "A headline or page title that repeats its own key words ('Best Pizza Boston | Best Pizza in Boston')."
    rationale = (
        "A title that says the same phrase twice, or the same word three times, is a list of search "
        "variants rather than a headline, and Google rewrites or demotes such titles. The headline, the "
        "HTML <title> and og:title/twitter:title are read. A two-word phrase said twice is reported, "
        "and so is a word in three parts of a title split by bars, dashes or colons ('Pizza Boston | "
        "Pizza Delivery | Pizza Near Me'); the article's proper names are left alone ('Williams beats "
        "Williams'), and so is a word repeated for effect ('Talks, talks and more talks'). One root cause is one finding: when the body is stuffed with the same phrase, seo/keyword-density reports it once and names this place too, so this rule stays quiet."
    )
    examples = (
        bad("Best Pizza Boston | Best Pizza in Boston | Boston Pizza Delivery\n\nWe ate a lot of pizza.\n"),
        bad(
            "<html><head><title>Cheap flights London - cheap flights to London | Flights</title></head>"
            "<body><article><h1>Fares fall on London routes</h1><p>Fares fell in May.</p></article></body></html>",
            format="html",
        ),
        good("Fed raises rates again as rates hit 16-year high\n\nThe Federal Reserve raised rates.\n"),
        good("Williams beats Williams in Melbourne final\n\nSerena Williams beat Venus Williams on Saturday.\n"),
        good(
            "<html><head><title>Fares fall on London routes | Travel | Example News</title></head>"
            "<body><article><h1>Fares fall on London routes</h1><p>Fares fell in May.</p></article></body></html>",
            format="html",
        ),
    )

    def check(self, doc, ctx):
        kp = keyphrases(doc)
        seen: set[str] = set()
        if doc.headline is not None:
            seen.add(doc.headline.text)
            found = _repetition(doc.headline.text, kp)
            if found and not stuffed_with(doc, found[2]):
                (start, end), message, _ = found
                ctx.report(doc.headline.start + start, doc.headline.start + end, f"headline {message}")
        for key in _TITLE_KEYS:
            meta = doc.metadata.get(key)
            text = text_of(meta.value) if meta is not None else ""
            if not text or text in seen:
                continue
            seen.add(text)
            found = _repetition(text, kp)
            if found and stuffed_with(doc, found[2]):
                continue
            span = source_span(doc, meta, *found[0]) if found else None
            if found and span is not None:
                ctx.report_source(span[0], span[1], f"{'page title' if key == 'title' else key} {found[1]}")


def _repetition(title: str, kp: Keyphrases) -> tuple[tuple[int, int], str, tuple[str, ...]] | None:
    """The span from first to last use of a repeated phrase or word in ``title``, a message, and its words."""
    title_runs = [[w for w in run if len(w.key) > 1] for run in runs(title)]
    pairs: dict[tuple[str, str], list] = {}
    for run in title_runs:
        for a, b in zip(run, run[1:]):
            pairs.setdefault((a.key, b.key), []).append((a, b))
    for (first, second), uses in pairs.items():
        if len(uses) >= 2 and not (first in kp.proper_nouns and second in kp.proper_nouns):
            phrase = f"{uses[0][0].text} {uses[0][1].text}"
            return (uses[0][0].start, uses[-1][1].end), f"repeats '{phrase}' {len(uses)} times: keyword stuffing", (first, second)
    segments = _SEGMENT_BREAK.split(title)
    spread = Counter(key for segment in segments for key in {w.key for w in words(segment) if len(w.key) > 3})
    for key, count in spread.items():
        if count >= 3 and not is_function_word(key) and key not in kp.proper_nouns:
            uses = [w for run in title_runs for w in run if w.key == key]
            return (uses[0].start, uses[-1].end), f"repeats '{uses[0].text}' in {count} parts: keyword stuffing", (key,)
    return None
