import re
from functools import lru_cache

from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lexicon.collocations import swapped_term

# A plain word: letters and an inner apostrophe, standing alone. Numbers ('15 years' for 'fifteen
# years'), amounts ('€5m euros' read as 'million euros') and hyphenated compounds ('top-10') are how
# news writes, not a thesaurus swap.
_PLAIN = re.compile(r"(?<![\w'’‐‑-])[A-Za-z]+(?:['’][A-Za-z]+)?(?![\w'’‐‑-])")
_SPAN = 4  # words a swapped two-word phrase may take ('breast malignant growth')


@lru_cache(maxsize=1)
def _listed():
    """The curated pack's rule: a phrase it lists is its finding, not a second one here
    (the registry's copy: the list is read and its matchers built once per process)."""
    from newslint.engine.registry import load_registry

    return load_registry().get("wording/tortured-phrases")


class SwappedCollocation(Rule):
    id = "wording/swapped-collocation"
    severity = Severity.WARNING
    enabled_by_default = False
    summary = "A common phrase with its words swapped for rarer synonyms ('clime alteration' for 'climate change')."
    rationale = (
        "Article spinners disguise copied text by swapping words for thesaurus synonyms, and a common "
        "phrase comes out as one nobody writes: 'atomic vitality' for 'nuclear energy', 'aquatic "
        "handling' for 'water treatment', 'colossal information' for 'big data'. wording/tortured-phrases "
        "reports the swaps a curated list names; this rule looks for swaps it has never seen. It undoes "
        "a swap of one word or both with WordNet synonyms that are rarer than the word they replace and "
        "with the word-for-word swaps of the Problematic Paper Screener's list, and reports the phrase "
        "when the result is a common two-word phrase (a Google Books bigram seen 20 million times, or a "
        "phrase of that list) and the words as written are not themselves a common sequence. Names "
        "(capitalised words inside a sentence), numbers, hyphenated compounds, words split by "
        "punctuation and direct quotations are left alone. Off by default, because it is not precise "
        "enough for edited news. Measured on the injection benchmark (100 articles per corpus, seed 1) it "
        "finds 4.7% of the spinner phrases no list names (15 of 318 files: 'aquatic handling' for 'water "
        "treatment'), and on clean copy it reports 1.6 ordinary phrases per 1,000 words of BBC news and "
        "1.5 of human-written news ('operating earnings' read as 'operating profit', 'crude prices' as "
        "'oil prices', 'higher advert' as 'full name'): a bigram list that stops at 6.4 million Google "
        "Books uses cannot tell a rare phrase from an unwritten one. Turn it on only to screen copy you "
        "suspect was spun, and read every finding."
    )
    examples = (
        bad("Scientists warned about clime alteration."),
        bad("The appeal went to the supreme lawcourt in March."),
        bad("Engineers upgraded the aquatic handling plant last year."),
        good("Scientists warned about climate change; the appeal went to the supreme court."),
        good("Reactors supply atomic energy; the council runs the water treatment plant."),
        good('"Clime alteration is real," the activist said.'),
        good("The Supreme Lawcourt Society met, and 15 years of growth followed a top-10 finish."),
    )

    def check(self, doc, ctx):
        listed = _listed()
        taken = [(s, e) for s, e, _, _ in listed.matches(doc)] if listed is not None else []
        for block in doc.blocks:
            for sentence in doc.sentences_in(block):
                self._check_sentence(doc, ctx, sentence.start, sentence.end, taken)

    def _check_sentence(self, doc, ctx, start, end, taken):
        text = doc.text
        words = [m for m in _PLAIN.finditer(text, start, end)]
        i = 0
        while i < len(words):
            run = [words[i]]
            for m in words[i + 1 : i + _SPAN]:
                if text[run[-1].end() : m.start()] != " " or m[0][:1].isupper():
                    break  # punctuation between the words, or a name
                run.append(m)
            first = run[0]
            if len(run) < 2 or (first[0][:1].isupper() and text[start : first.start()].strip(" \"“‘'(")):
                i += 1
                continue  # a capitalised word inside the sentence is a name
            found = swapped_term([m[0].lower().replace("’", "'") for m in run])
            if found is None:
                i += 1
                continue
            used, term = found
            begin, finish = first.start(), run[used - 1].end()
            if doc.quote_at(begin) is None and not any(s < finish and begin < e for s, e in taken):
                phrase = text[begin:finish]
                replacement = term[:1].upper() + term[1:] if phrase[:1].isupper() else term
                ctx.report(
                    begin,
                    finish,
                    f"'{phrase}' reads like '{term}' with its words swapped for synonyms, as paraphrasing "
                    f"tools write: did you mean '{replacement}'?",
                    fix=replacement,
                    safe=False,
                )
            i += used
