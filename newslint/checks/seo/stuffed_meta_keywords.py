import re
from collections import Counter

from newslint.analysis.content_words import content_keys
from newslint.analysis.keyphrases import keyphrases
from newslint.analysis.stuffing import stuffed_with
from newslint.analysis.metadata_fields import FIELD_KEYS, source_span, text_of
from newslint.engine.rule import Option, Rule, Severity, bad, good

_SEPARATOR = re.compile(r"\s*[,;|]\s*")


class StuffedMetaKeywords(Rule):
    id = "seo/stuffed-meta-keywords"
    severity = Severity.WARNING
    summary = "Meta keywords (or front matter keywords/tags) that list many variants of one phrase."
    rationale = (
        "Google ignores the keywords meta tag and Bing has treated a stuffed one as a spam signal; a "
        "list like 'pizza Boston, best pizza Boston, Boston pizza, cheap pizza Boston' is a record of "
        "what the page was optimised for, not a description of it. The list is reported when one "
        "content word, other than a proper name of the article, is in at least five entries and in more "
        "than half of them. One root cause is one finding: when the body is stuffed with the same phrase, seo/keyword-density reports it once and names this place too, so this rule stays quiet."
    )
    options = {"max_variants": Option(4, "most entries that may share one content word")}
    examples = (
        bad(
            '<html><head><title>Where to eat pizza</title><meta name="keywords" content="pizza Boston, best '
            'pizza Boston, Boston pizza, cheap pizza, pizza delivery, pizza near me"></head><body><article>'
            "<h1>Where to eat pizza</h1><p>We ate a lot of it.</p></article></body></html>",
            format="html",
        ),
        good(
            '<html><head><title>Talks resume</title><meta name="keywords" content="North Korea, China, '
            'diplomacy, Lee Jae Myung, Xi Jinping"></head><body><article><h1>Talks resume</h1>'
            "<p>Talks resumed on Monday.</p></article></body></html>",
            format="html",
        ),
    )

    def check(self, doc, ctx):
        limit = int(ctx.options["max_variants"])
        for key in FIELD_KEYS["keywords"]:
            meta = doc.metadata.get(key)
            value = meta.value if meta is not None else None
            if not value:
                continue
            entries = value if isinstance(value, (list, tuple)) else _SEPARATOR.split(text_of(value))
            entries = [text_of(e) for e in entries if text_of(e)]
            proper = keyphrases(doc).proper_nouns
            counts = Counter(k for entry in entries for k in set(content_keys(entry)) if k not in proper)
            if not counts:
                continue
            word, count = counts.most_common(1)[0]
            if count > limit and count * 2 > len(entries) and not stuffed_with(doc, [word]):
                span = source_span(doc, meta)
                if span is not None:
                    ctx.report_source(
                        span[0], span[1], f"{key} lists {count} variants of '{word}' in {len(entries)} entries: keyword stuffing"
                    )
