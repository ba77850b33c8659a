from newslint.checks.grammar.confusable import ConfusableRule, Verdict, verb_expected
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# "Loose" is an adjective or the verb "set free": after these it is "break loose", "let loose".
_SETS_FREE = {"break", "breaks", "broke", "broken", "breaking", "cut", "cuts", "cutting", "let", "lets", "letting",
              "set", "sets", "setting", "turn", "turned", "turns", "run", "running", "ran", "on", "hang", "hanging",
              "work", "worked", "came", "come", "comes", "coming", "shake", "shook", "shaken", "pull", "pulled", "tear", "tore"}
_LOOSE_NOUNS = {"end", "ends", "change", "cannon", "talk", "fit", "leaf", "thread", "threads", "connection", "connections", "rein", "definition"}
# Nouns the verb 'lose' takes that also follow the adjective in _LOOSE_NOUNS' sense: "lose touch", not "loose touch".
_LOST_THINGS = {"money", "weight", "face", "heart", "ground", "touch", "sight", "control", "interest", "faith", "patience"}
# Be-forms after which 'lose' is the adjective ("the screws were lose"); "all we did was lose" is why this is a hint.
_BE = {"is", "are", "was", "were", "be", "been", "being", "seemed", "felt", "looked", "became", "remained"}
# "'s" that is "is", "has" or "us" ("let's lose"), not a possessive.
_NOT_POSSESSIVE = {"let's", "it's", "he's", "she's", "that's", "what's", "there's", "who's", "here's", "where's", "one's"}
# Amounts a verb takes as its object: "councils loose more of the share".
_AMOUNTS = lex.INDEFINITE_PRONOUNS | {"more", "less", "fewer", "out", "none", "half", "millions", "billions", "thousands"}
_SUBJECTS = frozenset({"we", "they", "i", "you"})
_WRONG_FORM = {"loose": "lose", "looses": "loses", "loosing": "losing"}
_VERB = "'loose' is the adjective; the verb is 'lose'"
_ADJECTIVE = "'lose' is the verb; the adjective is 'loose'"


class LoseLoose(ConfusableRule):
    id = "grammar/lose-loose"
    words = frozenset({"lose", "loose", "looses", "loosing", "loosed", "loses"})
    severity = Severity.ERROR
    summary = "'loose' for the verb 'lose' ('could loose their seats') or 'lose' for the adjective ('a lose end')."
    rationale = (
        "'Lose' (lost, losing) is the verb of losing; 'loose' is the adjective (not tight) and a rare "
        "verb for setting free ('loosed off a shot'). 'Loosing' and 'looses' are 'losing' and "
        "'loses' everywhere but before 'off' ('after loosing 64-14', 'a money-loosing arm'). 'Loose' "
        "is the verb 'lose' where a verb must stand: after 'to', a modal, 'not', 'n't', 'will' or "
        "'we'/'they'/'I'/'you' (adverbs between: 'don't often loose'), or before a determiner, a "
        "possessive, a pronoun or a number ('will loose their jobs', 'may loose 30bn baht'). 'Lose' "
        "is the adjective after a determiner or a possessive ('a lose end', 'the hagfish's lose "
        "skin'), before 'end(s)' and after a be-verb ('the screws were lose', a hint: 'all we did "
        "was lose'); 'lose-' in a compound ('lose-head prop') is 'loose-' (not 'lose-lose'). 'Break "
        "loose', 'let loose', 'cut it loose' are left alone. Harper's own 'to loose' check is not "
        "run: this rule reports the word itself."
    )
    examples = (
        bad("Workers could loose their jobs if the plant closes."),
        bad("The club is loosing money every week."),
        bad("The inquiry left a lose end that officials regretted."),
        bad("If we loose next week, we are out, and Thailand may loose 30bn baht."),
        good("The dog broke loose and ran; the team may lose the match, and the screws were loose."),
        good("He loosed off a shot; the prisoners were set loose. It was a lose-lose deal."),
    )

    def concerns(self, lower):
        head, _, tail = lower.partition("-")
        if "-" in tail:
            return False
        return lower in self.words or tail and (head == "lose" and tail != "lose" or tail in {"loosing", "looses"} or {head, tail} == {"lose", "loose"})

    def judge(self, sentence, i):
        word = sentence.words[i].lower
        previous, following, before, after = sentence.neighbours(i)
        if "-" in word:
            return _compound(word)
        if sentence.words[i].text[0].isupper() and not sentence.words[i].sentence_start:
            return None  # a title: "with Lose My Breath", "Just Lose It"
        if word in {"lose", "loses"}:
            return _lose(sentence, i, word)
        if after in {"off", "up"} or before in _SETS_FREE or word == "loosed":
            return None  # "loosed off a shot", "let loose"
        fix = _WRONG_FORM[word]
        if word != "loose":
            return Verdict(fix, True, _VERB)  # "loosing", "looses": not words outside "loose off"
        if after in _LOOSE_NOUNS:
            return None  # "loose ends"
        if verb_expected(sentence, i, _SUBJECTS):
            return Verdict(fix, True, _VERB)  # "to loose", "could loose", "if we loose", "will also loose"
        numeric = following is not None and following.text[0].isdigit() or after in _AMOUNTS
        if after in lex.DETERMINERS or after in lex.POSSESSIVES or after in lex.OBJECT_PRONOUNS or numeric:
            if before not in lex.DETERMINERS and not before.endswith("'s"):
                return Verdict(fix, True, _VERB)  # "operators loose a chunk", "councils loose more", "helped loose it"
        if following is None and sentence.gap(i)[:1] in {".", ",", ";", "!", "?"} and previous is not None and lex.PLURAL in lex.classes(before) and not lex.can_be(before, "J"):
            return Verdict(fix, False, _VERB)  # "The Rockets loose."
        if after in _LOST_THINGS and before not in lex.DETERMINERS:
            return Verdict(fix, False, _VERB)  # "or loose control"
        if before in {"or", "and"} and _base_verb(sentence.before(i, 2)) and (following is None or after in lex.CLOSING or after in lex.PREPOSITIONS):
            return Verdict(fix, False, _VERB)  # "win or loose."
        return None


def _base_verb(word):
    return word is not None and lex.LEMMA in lex.classes(word.lower) and not lex.true_adjective(word.lower) and word.lower not in _BE


def _lose(sentence, i, word):
    previous, following, before, after = sentence.neighbours(i)
    possessive = before.endswith("'s") and before not in _NOT_POSSESSIVE
    if word == "lose" and (before in {"a", "the", "very", "too", "so", "its", "their", "his", "her", "our", "my", "your"} or possessive):
        degree = before in {"very", "too", "so"}  # "too lose the match" is 'to lose': to-too's slip, not this one
        if after not in _LOST_THINGS and not (degree and following is not None and not (after in lex.CONJUNCTIONS or after in lex.PREPOSITIONS)):
            return Verdict("loose", True, _ADJECTIVE)  # "a lose end", "the hagfish's lose skin"
    if word == "lose" and before in lex.PREPOSITIONS - {"to"} and before not in lex.CONJUNCTIONS:
        return Verdict("loose", True, _ADJECTIVE)  # "a man of lose moral character": no verb after 'of'
    if word == "lose" and after in _LOOSE_NOUNS and before not in lex.MODALS and before != "to":
        return Verdict("loose", False, _ADJECTIVE)
    linking = before in _SETS_FREE or before in _BE or before in _NOT_POSSESSIVE - {"let's"} or before.endswith("'re")
    if word == "lose" and linking and (following is None or after in lex.PREPOSITIONS or after in lex.CONJUNCTIONS):
        return Verdict("loose", False, _ADJECTIVE)  # "broke lose", "the screws were lose and", "he's lose,"
    return None


def _compound(word):
    head, _, tail = word.partition("-")
    if {head, tail} == {"lose", "loose"}:  # "lose-loose situation"
        return Verdict("lose", True, _VERB, part=(0, len(head)) if head == "loose" else (len(head) + 1, len(word)))
    if head == "lose":
        return Verdict("loose", True, _ADJECTIVE, part=(0, 4))  # "lose-head prop", "lose-fitting"
    return Verdict(_WRONG_FORM[tail], True, _VERB, part=(len(head) + 1, len(word)))  # "money-loosing"
