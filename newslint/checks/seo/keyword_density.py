import re

from newslint.analysis.metadata_fields import FIELD_KEYS, text_of
from newslint.analysis.content_words import stem, words
from newslint.analysis.stuffing import MAX_DENSITY, MIN_MATCHES, Stuffing, stuffed_phrases, weighted_density
from newslint.engine.rule import Option, Rule, Severity, bad, good


class KeywordDensity(Rule):
    id = "seo/keyword-density"
    severity = Severity.WARNING
    summary = "The article's key phrase repeated so often that the copy reads as keyword stuffing."
    rationale = (
        "Google's spam policies name 'repeating the same words or phrases so often that it sounds "
        "unnatural' as keyword stuffing. The key phrase is inferred from what the headline shares with "
        "the URL slug, meta description, keywords and subheadings (or, failing those, from the headline "
        "alone), and its density is measured as Yoast does: matches per 100 words, where a sentence "
        "matches when it holds every content word of the phrase, weighted by 0.7 + n/3 for an n-word "
        "phrase. Yoast calls 0.5-3% normal and penalises more; edited news reaches about 4% on a "
        "short story about one thing ('call centre', 'buffer stock'), so the default limit is 5.5% (a "
        "raw 4% for two words, 3.2% for three), with at least six matches of which four repeat the phrase word for word. Proper names are not stuffing "
        "by themselves (a profile names its subject on every line) and single words are not phrases."
    )
    options = {
        "max_density": Option(MAX_DENSITY, "highest weighted density (matches per 100 words × (0.7 + n/3)) not reported"),
        "min_matches": Option(MIN_MATCHES, "fewest matches that can be reported"),
    }
    examples = (
        bad(
            "Best pizza in Boston: where to eat tonight\n\n"
            "Looking for the best pizza in Boston? Our guide to the best pizza in Boston starts here. "
            "The best pizza in Boston is thin. Critics agree the best pizza in Boston comes from the North End. "
            "Tourists ask us for the best pizza in Boston every week. We tasted the best pizza in Boston so you "
            "do not have to. Prices vary. Some places open late. Most take cards. Book ahead on weekends.\n"
        ),
        good(
            "Jane Okafor, the mayor who rebuilt the harbour\n\n"
            "Jane Okafor grew up above her father's shop. Okafor trained as an engineer before politics. "
            "In 2014 Okafor won her first council seat. Colleagues say Okafor reads every report. "
            "Okafor was elected mayor in 2019. Jane Okafor rebuilt the harbour wall. Okafor's critics "
            "call her stubborn. Okafor says she listens. Okafor plans to stand again. Okafor declined "
            "to discuss her family.\n"
        ),
        good(
            "Call centre jobs move back to Britain\n\n"
            "A bank is moving its call centre work back from India. The call centre in Leeds will add 300 "
            "jobs. Customers had complained about call centre waiting times, the bank said. Unions welcomed "
            "the decision. Other firms are reviewing where their calls are answered, analysts said. The "
            "move follows a survey of customer satisfaction. Staff will be hired from March. Training "
            "starts in April, with the first calls handled in June. The bank did not say what the move "
            "would cost. Its shares rose 2% on Tuesday. Rivals declined to comment on their own plans.\n"
        ),
    )

    def check(self, doc, ctx):
        limit = float(ctx.options["max_density"])
        minimum = int(ctx.options["min_matches"])
        for found in stuffed_phrases(doc, limit, minimum):
            overall = f"density {found.raw_density:.1f}% ({found.density:.1f}% weighted for its length)"
            if found.packed:
                measure = (
                    f"{overall}, but {found.stretch} in the 100 words of this stretch "
                    f"({weighted_density(found.stretch, 100, found.phrase.length):.1f}% weighted, above {found.limit:g}%)"
                )
            else:
                measure = f"{overall}, above {found.limit:g}%; {found.stretch} in the 100 words of this stretch"
            ctx.report(
                *found.span,
                f"key phrase '{found.phrase.text}' matches {found.count} times in {found.words} words: "
                f"{measure}{_elsewhere(doc, found)}: keyword stuffing",
            )


def _elsewhere(doc, found: Stuffing) -> str:
    """Where else the phrase was stuffed (the structure, the title, the meta fields): one finding says it all."""
    places = []
    if found.headings:
        places.append(f"{found.headings} subheading{'s' if found.headings > 1 else ''}")
    if found.items:
        places.append(f"{found.items} list item{'s' if found.items > 1 else ''}")
    stems = found.phrase.stems
    fields = (
        ("the title", [doc.headline.text if doc.headline else ""] + _values(doc, ("title", "og:title")), 2),
        ("the meta description", _values(doc, FIELD_KEYS["description"][:3]), 3),
    )
    for label, texts, repeats in fields:
        if any(_occurrences(text, stems) >= repeats for text in texts):
            places.append(label)
    if any(_entries_sharing(text, stems) >= 3 for text in _values(doc, FIELD_KEYS["keywords"])):
        places.append("the keywords")
    if not places:
        return ""
    listed = ", ".join(places[:-1]) + (" and " if len(places) > 1 else "") + places[-1]
    return f"; also in {listed}"


def _values(doc, keys) -> list[str]:
    texts = []
    for key in keys:
        meta = doc.metadata.get(key)
        if meta is not None:
            value = meta.value
            texts.append(", ".join(map(text_of, value)) if isinstance(value, (list, tuple)) else text_of(value))
    return texts


def _entries_sharing(text: str, stems: tuple[str, ...]) -> int:
    """Keyword entries that hold two words of the phrase (or its only one)."""
    wanted = set(stems)
    return sum(
        1 for entry in re.split(r"[,;|]", text)
        if len(wanted & {stem(w.key) for w in words(entry)}) >= min(2, len(wanted))
    )


def _occurrences(text: str, stems: tuple[str, ...]) -> int:
    """How often two or more of the phrase's words stand together, in order, in ``text`` (the most
    repeated part: a title may repeat "Tewkesbury flood defences" without the year)."""
    found = [stem(w.key) for w in words(text) if not w.is_function]
    parts = {stems[i:j] for i in range(len(stems)) for j in range(i + 2, len(stems) + 1)} or {stems}
    return max(sum(1 for i in range(len(found) - len(p) + 1) if tuple(found[i : i + len(p)]) == p) for p in parts)
