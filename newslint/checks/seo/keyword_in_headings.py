from newslint.analysis.content_words import words
from newslint.analysis.keyphrases import is_subheading, keyphrases, span_of
from newslint.analysis.stuffing import stuffed_with
from newslint.engine.rule import Option, Rule, Severity, bad, good

_SUBHEADING_LEVELS = (2, 3)


class KeywordInHeadings(Rule):
    id = "seo/keyword-in-headings"
    severity = Severity.WARNING
    summary = "The headline's key phrase repeated in more than three quarters of the subheadings."
    rationale = (
        "Subheadings guide a reader through the story; when nearly every one restates the headline's "
        "key phrase ('Best pizza in Boston: the crust', 'Best pizza in Boston: the sauce'), they were "
        "written for a search engine. Yoast calls a keyphrase in more than 75% of subheadings "
        "over-optimised. The phrase is one of two to four content words from the headline (or one the "
        "slug, description and keywords share); names are left alone, since a profile may name its "
        "subject in every section, and fewer than three subheadings prove nothing. One root cause is one finding: when the body is stuffed with the same phrase, seo/keyword-density reports it once and names this place too, so this rule stays quiet."
    )
    options = {
        "max_share": Option(0.75, "highest share of subheadings that may contain the key phrase"),
        "min_subheadings": Option(3, "fewest subheadings the rule judges"),
    }
    examples = (
        bad(
            "# Best pizza in Boston\n\nA guide.\n\n## Best pizza in Boston: the crust\n\nThin.\n\n"
            "## Best pizza in Boston: the sauce\n\nSweet.\n\n## Where to find the best pizza in Boston\n\nNorth End.\n",
            format="markdown",
        ),
        good(
            "# Best pizza in Boston\n\nA guide.\n\n## The crust\n\nThin.\n\n## The sauce\n\nSweet.\n\n"
            "## Where to go\n\nNorth End.\n",
            format="markdown",
        ),
        good(
            "# Lee Jae Myung, a profile\n\nA life.\n\n## Lee Jae Myung in Seongnam\n\nHe was mayor. Lee Jae Myung said so.\n\n"
            "## Lee Jae Myung in Gyeonggi\n\nHe was governor.\n\n## Lee Jae Myung in Seoul\n\nHe is president.\n",
            format="markdown",
        ),
    )

    def check(self, doc, ctx):
        headings = [
            b for b in doc.blocks if b.kind == "heading" and b.level in _SUBHEADING_LEVELS and is_subheading(doc, b)
        ]
        if len(headings) < int(ctx.options["min_subheadings"]):
            return
        heading_words = [[w for w in words(b.text, b.start) if not w.is_function] for b in headings]
        heading_keys = [{w.key for w in items} for items in heading_words]
        limit = float(ctx.options["max_share"])
        kp = keyphrases(doc)
        candidates = [
            p for p in kp.all_phrases.values()
            if p.length >= 2 and ("title" in p.channels or len(p.channels - {"headings"}) >= 2)
        ]
        reported: list[set[str]] = []
        for phrase in sorted(candidates, key=lambda p: -p.length):
            keys = set(phrase.keys)
            if any(keys <= other for other in reported):
                continue
            holding = [i for i, found in enumerate(heading_keys) if keys <= found]
            share = len(holding) / len(headings)
            if share <= limit or kp.names_only(phrase) or stuffed_with(doc, phrase.keys):
                continue
            reported.append(keys)
            first = holding[0]
            start, end = span_of(heading_words[first], phrase.keys) or (headings[first].start, headings[first].end)
            ctx.report(
                start,
                end,
                f"key phrase '{phrase.text}' is in {len(holding)} of {len(headings)} subheadings "
                f"({share:.0%}); more than {limit:.0%} reads as over-optimised for search",
            )

