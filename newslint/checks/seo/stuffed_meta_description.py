from newslint.analysis.content_words import words
from newslint.analysis.keyphrases import keyphrases
from newslint.analysis.stuffing import stuffed_with
from newslint.analysis.metadata_fields import FIELD_KEYS, source_span, text_of
from newslint.engine.rule import Option, Rule, Severity, bad, good


class StuffedMetaDescription(Rule):
    id = "seo/stuffed-meta-description"
    severity = Severity.WARNING
    summary = "A meta description that repeats the headline's key phrase more than twice."
    rationale = (
        "The meta description is the snippet a search results page shows under the title: one or two "
        "sentences that tell a reader what the story says. Yoast rates a description with more than two "
        "matches of the keyphrase as bad, because it reads as a keyword list. The key phrase is any run "
        "of two to four content words of the headline or page title, matched word for word (function "
        "words aside); the article's proper names are left alone. One root cause is one finding: when the body is stuffed with the same phrase, seo/keyword-density reports it once and names this place too, so this rule stays quiet."
    )
    options = {"max_matches": Option(2, "most matches of the key phrase a description may hold")}
    examples = (
        bad(
            "---\ntitle: Best pizza in Boston\ndescription: Best pizza in Boston? Our best pizza in Boston guide "
            "ranks the best pizza in Boston.\n---\n\nWe ate a lot of pizza.\n",
            format="markdown",
        ),
        good(
            "---\ntitle: Best pizza in Boston\ndescription: We tried 40 pizzerias across the city; three were "
            "worth the queue, and one is the best pizza in Boston.\n---\n\nWe ate a lot of pizza.\n",
            format="markdown",
        ),
    )

    def check(self, doc, ctx):
        kp = keyphrases(doc)
        candidates = [
            p for p in kp.all_phrases.values() if p.length >= 2 and "title" in p.channels
        ]
        if not candidates:
            return
        limit = int(ctx.options["max_matches"])
        seen: set[str] = set()
        for key in FIELD_KEYS["description"][:3]:
            meta = doc.metadata.get(key)
            text = text_of(meta.value) if meta is not None else ""
            if not text or text in seen:
                continue
            seen.add(text)
            content = [w for w in words(text) if not w.is_function]
            keys = [w.key for w in content]
            for phrase in sorted(candidates, key=lambda p: -p.length):
                n = phrase.length
                hits = [i for i in range(len(keys) - n + 1) if tuple(keys[i : i + n]) == phrase.keys]
                if len(hits) > limit and not kp.names_only(phrase):
                    if stuffed_with(doc, phrase.keys):
                        break  # the body is stuffed with it: seo/keyword-density reports both
                    span = source_span(doc, meta, content[hits[0]].start, content[hits[-1] + n - 1].end)
                    if span is not None:
                        ctx.report_source(
                            span[0], span[1], f"{key} repeats the key phrase '{phrase.text}' {len(hits)} times"
                        )
                    break
