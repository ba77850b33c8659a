from newslint.analysis.keyphrases import KeyPhrase, Keyphrases, keyphrases, phrase_span
from newslint.engine.rule import Option, Rule, Severity, bad, good


def weighted_density(count: int, words: int, length: int) -> float:
    """Yoast's keyphrase density: matches per 100 words, weighted up for longer phrases (0.7 + n/3)."""
    return count * 100 / words * (0.7 + length / 3)


def verbatim(kp: Keyphrases, phrase: KeyPhrase) -> int:
    """Matches where the phrase's content words stand together, in order."""
    n = phrase.length
    total = 0
    for body in kp.sentences:
        keys = [w.key for w in body.words]
        total += sum(1 for i in range(len(keys) - n + 1) if tuple(keys[i : i + n]) == phrase.keys)
    return total


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
        "max_density": Option(5.5, "highest weighted density (matches per 100 words × (0.7 + n/3)) not reported"),
        "min_matches": Option(6, "fewest matches that can be reported"),
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
        kp = keyphrases(doc)
        if not kp.body_words:
            return
        limit = float(ctx.options["max_density"])
        minimum = int(ctx.options["min_matches"])
        reported: list[KeyPhrase] = []
        for phrase in kp.phrases + kp.headline_phrases:
            if phrase.length < 2:
                continue
            # The rarest word bounds the matches: most phrases end here, before the body is read.
            bound = min(kp.body_count(key) for key in phrase.keys)
            if bound < minimum or weighted_density(bound, kp.body_words, phrase.length) <= limit:
                continue
            if any(set(phrase.keys) <= set(other.keys) for other in reported) or kp.names_only(phrase):
                continue  # a longer stuffed phrase already reported covers this one; names recur
            matches = kp.matches(phrase)
            count = sum(n for _, n in matches)
            if count < minimum:
                continue
            density = weighted_density(count, kp.body_words, phrase.length)
            if density <= limit or verbatim(kp, phrase) < 4:
                continue
            reported.append(phrase)
            start, end = phrase_span(matches[0][0], phrase)
            raw = count * 100 / kp.body_words
            ctx.report(
                start,
                end,
                f"key phrase '{phrase.text}' matches {count} times in {kp.body_words} words: density "
                f"{raw:.1f}% ({density:.1f}% weighted for its length), above {limit:g}%: keyword stuffing",
            )
