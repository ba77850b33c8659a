"""grammar/to-too: 'too' for 'to' and 'to' for 'too'.

The rule's docs, id and verdict per word live here; the grammar lives beside it, one home per
question: :mod:`.too_reading` (what may follow 'too'), :mod:`.to_reading` (what 'to' needs
after it), :mod:`.to_clause_end` (a 'to' before punctuation), :mod:`.to_heads` (what the words
before 'to' ask of it) and :mod:`.phrase_shapes`; the words of degree are
:mod:`newslint.lexicon.degree`.
"""

import re

from newslint.checks.grammar.confusable import ConfusableRule, Verdict
from newslint.checks.grammar.to_reading import judge_to
from newslint.checks.grammar.too_reading import judge_too
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex
from newslint.lexicon import degree

# A 'to' of its own inside a compound ("not-to-distant", "to-twee"), and the words before it that
# ask for a degree ("not too distant", "all too common").
_TO_IN_COMPOUND = re.compile(r"(?:^|-)to-[a-z]")


class ToToo(ConfusableRule):
    id = "grammar/to-too"
    harper_rules = ("ToTooIdioms",)
    words = frozenset({"to", "too"})
    severity = Severity.ERROR
    summary = "'too' written for 'to' ('a visit too China', 'work too do') or 'to' for 'too' ('was to high', 'listings to costly')."
    rationale = (
        "Both spellings are words, so only grammar shows the slip. 'Too' is an adverb of degree or "
        "means 'also': it stands before an adjective or adverb ('too late', 'too many'), or closes a "
        "phrase ('they won too'). Before a verb ('work too do'), a determiner, a pronoun, a number, a "
        "name or a noun ('an option too buy', 'too the market', 'a visit too China') it can only be "
        "'to': an error. Left alone: 'too' after a subject ('they too face'), before a time phrase "
        "('scored too this season'), a preposition or a conjunction ('there too on Monday', 'too and'), "
        "and before a word the dictionary does not know ('too self-critical'). 'Too' before an adjective "
        "and its noun is a suggestion ('opposition too free expression', 'feed through too domestic "
        "demand'), left alone after a sign of degree or a word that opens a noun phrase, as news writes "
        "it ('the not too distant future', 'far too great police powers', 'a too rapid revaluation'). "
        "'To' needs something to govern, a noun phrase or a verb; it is 'too' before a word of degree "
        "whose phrase closes after it ('listings to costly.', 'to expensive and', 'to early to say', "
        "'far to large a plant', 'was to boring.': an adjective in -ing that grades, with its adverb in "
        "-ly in print, unlike a gerund: 'switched to walking'), after 'become' ('becoming to mainstream.'), "
        "'get to close to a container' (not 'get to close the deal'), after a comma when punctuation follows ('Japan, to, steadied'), after "
        "a subject ('they to face') and before a finite verb ('this to is'). Certain (an error) with a "
        "sign of degree before it (a linking verb, 'far', 'all', 'still', 'for'), an infinitive or an "
        "article after the word; a suggestion otherwise, and for 'to.' after a noun ('in other sectors "
        "to.'). Left alone: a degree word that is also a common verb without 'far'/'way' before it "
        "('growth began to slow.', 'the plant is to close'), 'much'/'many' without a sign of degree "
        "('he spoke to many', 'amount to much'), ranges ('from low to high'), 'to.' after a noun that "
        "takes an infinitive ('every reason to.') or where a relative word can strand it ('what he "
        "objected to was'). "
        "'To' also needs a head that takes it, a verb of motion, giving or saying ('sold to many', "
        "'led to little progress'), a verb or adjective that takes an infinitive, which may be left "
        "out ('we want to.', 'happy to.'), or a noun ('a blow to many'); the lexicon lists those heads. "
        "After a verb that takes no 'to' it is 'too': before a quantity ('relied to much on', 'spends "
        "to much time', 'had to much power'), a word of degree ('relied to heavily on') or at the "
        "clause's end ('the graphics are improving to.', 'released recently to.', 'unacceptable to.', "
        "'he will to,', 'on the rise to.', 'beat Italy to,'). Also 'too': a quantity that is its "
        "clause's subject ('to many of the targets will be missed'), a 'to' beside a parallel 'too' "
        "('to little, too late'), an adverb in -ly that ends its phrase ('rose to quickly.'; a split "
        "infinitive 'to quickly agree' is left alone), 'to' before a modal ('Baker to had urged') and "
        "inside a compound ('not-to-distant', 'all-to-common'), a quantity after a phrasal verb whose "
        "object it is ('giving away to much of the plot'), an object pronoun before a conjunction ('for "
        "me to because'). Left alone: a quantity before a "
        "comparative ('to much higher levels'), an adverb that modifies a phrase ('to slightly below "
        "forecast', 'to long before'), the infinitive of a verb in use after a verb that takes one "
        "('continued to firm against'), 'have the players to.', a stranded 'to' after 'that' or a "
        "relative word in its clause. Harper's fixed idioms ('went to far') are kept. Fixes outside "
        "quotations are safe."
    )
    examples = (
        bad("A four-day state visit too China saw the president meet top leaders."),
        bad("We have a lot of work too do before the vote."),
        bad("Buyers now have an option too buy the shares."),
        bad("The price was to high for most buyers."),
        bad("New rules make the listings to costly."),
        bad("Analysts said it was still to early to say."),
        bad("Japan, to, steadied nerves."),
        bad("The club relied to much on short-term loans."),
        bad("Her verdict was simple: to many of the targets will be missed."),
        bad("Other firms have launched similar services recently to."),
        bad("The cuts were seen as to little, too late."),
        bad("Critics say the festival is becoming to mainstream. The second act was to boring."),
        bad("Without giving away to much of the plot, the film is about a clash of cultures."),
        good("They too face pressure, and the deal came too late. It is far too early to say."),
        good("Better access to legal advice was promised. Up to now, ministers have waited."),
        good("Samsung has a phone too that will be offered to users. He scored too this season."),
        good("The aim is to cut costs, and the plan is to close. The goal was to slow."),
        good("Growth began to slow. He spoke to many. It did not amount to much. They had every reason to."),
        good("The film opened to much acclaim. Rates rose to much higher levels. The talks led to little progress."),
        good("They want to quickly agree a deal. Shares fell to slightly below forecast. We would be happy to."),
        good("They switched to walking and cycling. He looks forward to moving on. Rates may fall in the not too distant future."),
    )

    def concerns(self, lower):
        return lower in self.words or "to-" in lower and _TO_IN_COMPOUND.search(lower) is not None

    def judge(self, sentence, i):
        lower = sentence.words[i].lower
        if lower == "too":
            return judge_too(sentence, i)
        if lower != "to":
            return _to_in_compound(sentence.words[i])
        return judge_to(sentence, i)

    def keep(self, text, lint, lints):
        return True  # Harper's fixed phrases: "went to far"


def _to_in_compound(word):
    """'to' for 'too' inside a hyphenated compound, before a word of degree that is no verb:
    "a not-to-distant future", "non-to-subtle coercion", "an all-to-common pace", "the to-twee
    label". Left alone: "easy-to-use", "up-to-date", "face-to-face", a range ("low-to-moderate")."""
    parts = word.lower.split("-")
    offset = 0
    for j, part in enumerate(parts[:-1]):
        head = parts[j + 1]
        if part == "to" and (j == 0 or parts[j - 1] in degree.BEFORE_TOO_IN_COMPOUNDS) and lex.degree_word(head, nouns=True) and (
                head not in lex.QUANTIFIERS and not lex.used_as_verb(head)):
            return Verdict("too", j > 0, f"'{head}' takes 'too' here", part=(offset, offset + 2))
        offset += len(part) + 1
    return None
