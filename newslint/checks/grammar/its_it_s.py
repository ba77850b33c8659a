from newslint.checks.grammar.confusable import (
    OPENERS, ConfusableRule, Verdict, bare_noun, finite_verb, noun_only, noun_phrase_then_verb, object_verb, opens_noun_phrase,
    participle_clause, takes_possessive,
)
from newslint.checks.grammar.harper_backed import word_after, word_before
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# After "its" these can only continue "it is" / "it has": no noun follows the possessive here.
_AFTER_CONTRACTION = {
    "not", "been", "gone", "got", "gotten", "just", "also", "never", "always", "really", "quite", "so", "too",
    "still", "already", "about", "because", "clear", "true", "likely", "unlikely", "hard", "easy", "difficult",
    "impossible", "important", "possible", "obvious", "essential", "vital", "worth", "over", "up", "now", "here",
    "there", "unclear", "understood", "thought", "believed", "expected", "estimated", "feared", "said",
}
# Determiners that a possessive can stand before: "its every move", "its many fans", "its own".
_AFTER_POSSESSIVE = {"every", "many", "several", "both", "each", "either", "neither", "much", "own", "few"}
# Nouns that follow "it is" without a determiner: "it's time", "it's war", "it's business as usual".
_IT_IS_NOUNS = {"people", "things", "days", "times", "years", "words", "ideas", "questions", "time", "war", "business", "nothing", "something", "everything", "anything", "success", "news", "fun", "hell"}
# Adverbs of degree: "its very emotional" is "it's"; "its very existence" is not.
_NEVER_AFTER_POSSESSIVE = {"not", "also", "never", "always", "still", "already", "really", "quite", "so", "too", "just", "been"}
_DEGREE = {"much", "more", "very", "pretty", "so", "too", "absolutely", "really", "quite", "rather", "extremely", "incredibly", "fairly", "all"}
# Harper's own verdicts are kept where the next or previous word settles the question.
_HARPER_AFTER_CONTRACTION = _AFTER_CONTRACTION | {"a", "an", "the", "no", "going"}


class ItsItS(ConfusableRule):
    id = "grammar/its-it-s"
    harper_rules = ("ItsContraction", "ItsPossessive")
    words = frozenset({"its", "it's"})
    severity = Severity.ERROR
    summary = "'its' for 'it's' ('its a shame') or 'it's' for the possessive 'its' ('extended it's second offer')."
    rationale = (
        "The possessive 'its' has no apostrophe; 'it's' means 'it is' or 'it has'. Both are words, so "
        "only grammar tells them apart. 'Its' before a determiner, a pronoun, 'been', 'not' or an "
        "adjective that closes a clause ('its a', 'its been', 'its clear that') is 'it's'; 'it's' "
        "where a noun phrase must follow (after a preposition or an object-taking verb: 'lost it's "
        "majority', 'for it's size'; or before a noun and a verb: 'it's chief executive said') is "
        "'its'. 'It's' after a verb of saying or thinking ('said it's time') and 'it's' before a noun "
        "of its own ('it's war', 'it's success after success') are left alone, as are titles ('Do "
        "They Know It's Christmas?'). Certain verdicts are errors with a fix that is safe outside "
        "quotations."
    )
    examples = (
        bad("I think its a bad idea, the minister said."),
        bad("The party lost it's majority in the vote."),
        bad("The company extended it's second offer on Monday."),
        bad("Its been a difficult year for the club."),
        good("The firm said its profit rose. It's a good result, and its shares gained."),
        good("Do They Know It's Christmas? was number one. It's success after success for the band."),
        good("It cut its holding; its planned offer was withdrawn. The club said it's time to move on."),
    )

    def judge(self, sentence, i):
        word = sentence.words[i]
        following = sentence.after(i)
        if word.lower == "its":
            following = following or sentence.after(i, through="\"“‘")  # 'even though its "so corny,"'
            return _its(sentence, i, following) if following is not None else None
        if following is None:
            return None
        previous = sentence.before(i)
        if _title(following) and previous is not None and _title(previous):
            return None  # "Do They Know It's Christmas?"
        if lex.SUPERLATIVE in lex.classes(following.lower) or following.lower in {"latest", "first", "worst", "biggest"}:
            after = sentence.after(i, 2)
            if after is not None and opens_noun_phrase(after) or after is None and sentence.gap(i + 1)[:1] not in {".", "!", "?"}:
                return Verdict("its", True, "the possessive has no apostrophe")  # "it's latest releases", "it's worst in a decade"
        if following.lower == "own":
            return Verdict("its", True, "the possessive has no apostrophe")
        possessive = Verdict("its", True, "the possessive has no apostrophe")
        amount = sentence.after(i, through="$£€")  # "to close it's $102.6bn offer"
        if takes_possessive(previous, sentence.before(i, 2)) and opens_noun_phrase(amount) and not lex.can_be(amount.lower, "c"):
            return possessive  # not "seeded it's tougher"
        if noun_phrase_then_verb(sentence, i):
            return possessive  # "it's chief executive said"
        head = _noun_head(sentence, i)
        if head and (object_verb(sentence, i) or previous is not None and previous.lower in _PREPOSITIONAL_CONJUNCTIONS):
            return possessive  # "BSkyB bought it's stake", "since it's launch", "sold it's PC division"
        if head and _name_after_head(sentence, i):
            return Verdict("its", False, "the possessive has no apostrophe")  # "Airbus and it's US rival Boeing"
        plural = lex.PLURAL in lex.classes(following.lower) and not lex.can_be(following.lower, "JRtT")  # not "it's won"
        if (noun_only(following) or plural) and following.lower not in _IT_IS_NOUNS and not _title(following):  # not "it's Apple that"
            return Verdict("its", False)  # "and it's owner", "it's shares fell", "it's early decision"
        after = sentence.after(i, 2)
        compound = bare_noun(after) and after.lower not in _IT_IS_NOUNS and lex.PLURAL not in lex.classes(after.lower)
        if bare_noun(following) and following.lower not in _IT_IS_NOUNS | _WH and after is not None and (
                after.lower in lex.PREPOSITIONS - {"to", "for", "like", "about", "on"} or compound):  # not "it's headline news", "it's radio voices"
            return Verdict("its", False)  # "it's stake in the club", "it's peak in 1991", "it's finance chief"
        return None

    def keep(self, text, lint, lints):
        written = lint.text.lower().replace("’", "'")
        if lint.rule == "ItsContraction":
            return written == "its" and word_after(text, lint.end).lower() in _HARPER_AFTER_CONTRACTION
        previous, between = word_before(text, lint.start)
        # only "it's" after a preposition: Harper's check also fires on a correct "of its kind"
        return written == "it's" and not between.strip() and previous.lower() in lex.PREPOSITIONS

    def verdict_message(self, written, fix, verdict):
        if fix.lower() == "its":
            return f"'{written}' means 'it is'; the possessive is '{fix}'"
        return f"'{written}' is the possessive; '{fix}' means 'it is' or 'it has'"

    def message(self, lint, fix):
        return self.verdict_message(lint.text, fix, None)


def _its(sentence, i, following):
    word = following.lower
    after = sentence.after(i, 2, through=OPENERS)  # "its planned £1.35bn offer"
    if _title(following):
        return None  # "its Serious and Organised Crime Bill", "its Networked & Electronic Media initiative"
    certain = Verdict("it's", True, f"a possessive cannot stand before '{following.text}'")
    if following.text[0].isdigit() and "-" in word and (after is None and sentence.gap(i + 1)[:1] in _ENDS or after is not None and after.lower in lex.CONJUNCTIONS):
        return Verdict("it's", False)  # a score or odds: "its 0-0, so", "its 50-50 whether"; not "its 2% target", "its 6230i,"
    if word == "only" and after is not None and (after.lower in lex.CONJUNCTIONS or lex.true_adjective(after.lower) and _closes(sentence, i + 2)):
        return certain  # "its only when", "its only normal when"; not "its only chance"
    if word in _AFTER_POSSESSIVE or word in lex.ORDER_WORDS or following.text[0].isdigit():
        return None  # "its own", "its many fans", "its 2006 conference"
    if following.text.isupper() and len(following.text) > 1:
        return None  # "its US subsidiary": an initialism, not the pronoun 'us' (16 of 52 BBC findings)
    if word == "past":
        return None  # "its past financial statements", "its past under colonial rule": a noun or adjective here
    if word in lex.DETERMINERS or word in lex.SUBJECT_PRONOUNS - {"it"} or word in lex.OBJECT_PRONOUNS - {"it", "her"}:
        return certain
    if word in lex.PREPOSITIONS or word in {"one", "out", "up", "enough"} and after is not None and after.lower in lex.PREPOSITIONS:
        return certain  # "its at the Cote d'Azur", "its one of", "its out of date"
    if word in {"thought", "believed", "expected", "estimated", "feared", "said", "understood"}:
        return certain if after is not None and after.lower == "to" else None  # "its thought process"
    if word in {"going", "getting"} and after is not None and (after.lower == "to" or lex.gradable(after.lower)):
        return certain
    previous = sentence.before(i)
    if word == "time" and (after is None or after.lower in {"to", "for", "we", "you", "they"}) and not (previous is not None and previous.lower in lex.PREPOSITIONS):  # not "far ahead of its time." (BBC)
        return Verdict("it's", False)
    if following.text.islower() and word in lex.INDEFINITE_PRONOUNS or word in _WH and not (word == "like" and after is not None and opens_noun_phrase(after)):
        return certain  # "its something that", "its what I want", "its gonna be"
    if participle_clause(sentence, i):
        return certain  # "its happened before", "its done me", "its confirmed one thing"
    if word == "as" or lex.can_be(word, "P") and not lex.can_be(word, "V") and after is not None and after.lower in lex.DETERMINERS:
        return Verdict("it's", False)  # "its as simple as", "its down the road"
    if lex.PROGRESSIVE in lex.classes(word) and after is not None and after.text.islower() and (after.lower in lex.DETERMINERS - {"that"} or after.lower in lex.OBJECT_PRONOUNS):
        return Verdict("it's", False)  # "its painting a picture"
    if _opens_clause(sentence, i) and _no_verb_after(sentence, i) and not lex.can_be(word, "T"):
        return Verdict("it's", not lex.can_be(word, "N"), "no verb follows for the possessive's noun")  # "if its showing job growth,"
    if word in _DEGREE and after is not None:
        closing = sentence.after(i, 3)
        if after.lower in lex.DETERMINERS or lex.gradable(after.lower) and (closing is None or _closes(sentence, i + 2)):
            return certain  # "its very emotional,", "its all a kick", "its much smarter if"
        if word == "all" and lex.can_be(after.lower, "P") and not lex.can_be(after.lower, "N") or after.lower in {"about", "down", "over"}:
            return certain  # "its all about the result", "its all down to him"
    if word in _NEVER_AFTER_POSSESSIVE:
        return certain  # "its not", "its also"
    previous = sentence.before(i)
    slot = previous is not None and (previous.lower in lex.PREPOSITIONS or previous.lower == "as" or object_verb(sentence, i))
    if not slot and after is not None and after.lower == "and" and lex.can_be(word, "J") and finite_verb(sentence.after(i, 3)):
        return certain  # "Its cheap and has plenty of room": 'and' joins a verb phrase to a verb phrase
    if word in {"likely", "unlikely"} and after is not None and (after.lower in lex.DETERMINERS or lex.can_be(after.lower, "6") and not bare_noun(sentence.after(i, 3))):
        return certain  # "its likely having more free time", "its unlikely the issue is"
    if lex.adverb(word) or word in _AFTER_CONTRACTION and not lex.can_be(word, "J"):
        if after is None and sentence.gap(i + 1)[:1] in _ENDS or after is not None and (not lex.can_be(after.lower, "JNTt") or after.lower in lex.DETERMINERS):
            return certain  # "its not", "its clearly a"; not "its wholly- owned" (a broken hyphen)
        if after is None:
            return None
        if after is not None and after.lower in lex.CLOSING:
            return certain
        if lex.can_be(after.lower, "J") and not bare_noun(after) and (sentence.after(i, 3) is None and sentence.gap(i + 2)[:1] in _ENDS or _closes(sentence, i + 2)):
            return certain  # "its perfectly true that", "its completely unacceptable."
        return None  # "its newly elected leader"
    adjective = lex.gradable(word) and not lex.can_be(word, "6N")  # not "its holding;", "of its kind."
    if (adjective or word in _AFTER_CONTRACTION) and word not in lex.ORDER_WORDS and lex.SUPERLATIVE not in lex.classes(word):
        if after is None or _closes(sentence, i + 1):
            return certain  # "its amazing.", "its clear that", "its tight but"
    # An adjective the dictionary also calls a noun ("fair", "nice", "amazing"), before a word that
    # closes its phrase, outside the slot of a possessive ("of its kind.", "for its funding to"):
    ends = after is None and sentence.gap(i + 1)[:1] in _ENDS
    if not slot and ends and word not in lex.ORDER_WORDS and (lex.true_adjective(word) or lex.only(word, "J")):
        return Verdict("it's", False, f"a possessive cannot stand before '{following.text}'")  # "its awesome,", "its tough."
    if not slot and after is not None and after.lower in _PREDICATE_CLOSERS and word not in lex.ORDER_WORDS:
        strong = after.lower in {"to", "that", "than"}  # other closers only after a plain adjective: not "as its choice for"
        gerund = lex.can_be(word, "6") and lex.can_be(word, "J") and after.lower in {"to", "what", "how"} and _opens_clause(sentence, i)
        if strong and lex.true_adjective(word) or lex.only(word, "J") or word in _PLAIN_GOOD or gerund:
            return Verdict("it's", strong, f"a possessive cannot stand before '{following.text}'")  # "its fair to say", "Its amazing to see", "its harder than"
    return None


def _title(word) -> bool:
    return word.text[0].isupper() and not word.sentence_start


# Words that are prepositions before a noun phrase and conjunctions before a clause: "since its launch",
# "since it's been"; before a bare noun they are prepositions.
# Particles after a verb ("clean up it's banking system") and "all" ("all it's major markets") too.
_PREPOSITIONAL_CONJUNCTIONS = {"since", "before", "after", "until", "till", "all", "up", "out", "down", "off", "back"}
# Words after which "its" starts a clause: the possessive's noun phrase then needs a verb.
# (verbs of saying are not among them: "expects its sales to grow", "report its findings")
# ('but' is not one: "all but its graphic arts businesses", "not only the A340 but its sister")
_CLAUSE_OPENERS = {"if", "when", "because", "while", "although", "though", "unless", "whether", "that", "so", "where", "once",
                   "think", "thinks", "believe", "believes", "suppose", "guess", "reckon", "reckons", "hope", "feel", "feels"}
# Words that begin a main clause after a subordinate one and its comma: "If its X, that is good".
_MAIN_SUBJECTS = {"it", "it's", "that", "this", "there", "we", "they", "i", "you", "he", "she"}
_WH = {"what", "how", "where", "when", "why", "who", "which", "gonna", "like"}


# Words that close an adjective's phrase after 'it is': "it's fair to say", "it's good for", "it's harder than".
_PREDICATE_CLOSERS = lex.CLOSING - {"and", "or", "as"} | {"than", "what", "mentally"}
_ENDS = {".", ",", "!", "?", ";", ":"}
# Adjectives the dictionary also lists as nouns that are plainly adjectives after 'its': "its good for".
_PLAIN_GOOD = {"good", "bad", "great", "nice", "fine"}


def _closes(sentence, k) -> bool:
    """Whether the word after word ``k`` ends the phrase an adjective at ``k`` began ("clear that",
    "tight but"); 'and' or 'or' before another adjective or a noun does not ("its longstanding and
    violent opposition")."""
    closing = sentence.after(k)
    if closing is not None and (closing.lower == "than" or lex.adverb(closing.lower) and closing.lower not in {"only", "very"}):
        return True  # "its very different than", "its important always"
    if closing is None or closing.lower not in lex.CLOSING:
        return False
    beyond = sentence.after(k + 1)
    return closing.lower not in {"and", "or"} or not opens_noun_phrase(beyond) or beyond.lower in _DEGREE


def _noun_head(sentence, i) -> bool:
    """Whether a noun phrase with a head that cannot be a predicate follows word ``i``: a bare
    noun ("stake", "launch"), or an adjective, a number or a name before one ("early decision",
    "US rival", "2001 predecessor"), not a noun of its own after 'it is' ("it's time", "it's war")."""
    following = sentence.after(i)
    if following is None or following.lower in _IT_IS_NOUNS:
        return False
    if bare_noun(following):
        return True
    after = sentence.after(i, 2)
    if after is None or after.lower in _IT_IS_NOUNS or not bare_noun(after) and lex.PLURAL not in lex.classes(after.lower):
        return False
    beyond = sentence.after(i, 3)
    if beyond is not None and beyond.lower in {"who", "that", "which"}:
        return False  # "it's young people who suffer"
    lower = following.lower
    modifier = lex.true_adjective(lower) or lex.only(lower, "NJ") or lex.can_be(lower, "T6") and lex.can_be(lower, "J")
    return modifier or following.text[0].isdigit() or following.text.isupper() and len(following.text) > 1


def _name_after_head(sentence, i) -> bool:
    """Whether the noun phrase after word ``i`` ends in a name set beside it ("US rival Boeing",
    "chief executive Jean-Rene Fourtou", "parent company ABC"), with no 'who' or 'that' later (a cleft)."""
    for n in range(2, 5):
        word = sentence.after(i, n)
        if word is None:
            return False
        if word.text[0].isupper():
            return bare_noun(sentence.words[i + n - 1]) and not any(w.lower in {"who", "that", "which"} for w in sentence.words[i + n :])
        if not bare_noun(word) and not lex.can_be(word.lower, "J"):
            return False
    return False


def _no_verb_after(sentence, i) -> bool:
    """Whether no finite verb follows word ``i`` in its clause: "its" there cannot be the
    possessive of a subject ("If its showing job growth, that is good", "Its Nirvana unedited").
    After 'if', 'when' and the like the clause ends at a comma that a main clause's subject
    follows."""
    subordinate = i > 0 and sentence.words[i - 1].lower in _CLAUSE_OPENERS
    for k in range(i + 1, len(sentence.words)):
        word = sentence.words[k]
        lower = word.lower
        if subordinate and sentence.gap(k - 1).strip(" ") == "," and (lower in _MAIN_SUBJECTS or lower in lex.DETERMINERS):
            return True
        if finite_verb(word) or lower in lex.MODALS or lower in lex.FINITE_AUXILIARIES or lower.endswith(("n't", "'s", "'re", "'ve", "'ll", "'d")):
            return False
        found = lex.classes(lower)
        if lex.THIRD in found or lex.PRETERITE in found:
            return False  # "its profits rose", "its success continues"
        previous = sentence.words[k - 1].lower
        if lex.LEMMA in found and (lex.PLURAL in lex.classes(previous) or lex.adverb(previous)):
            return False  # "its winners often go on", "its sales rise"
    return True


def _opens_clause(sentence, i) -> bool:
    previous = sentence.before(i)
    if i == 0 or previous is None and sentence.words[i].sentence_start:
        return True
    if previous is None:  # an opening quote right before the word: "He said: "Its amazing""
        gap = sentence.text[sentence.words[i - 1].end : sentence.words[i].start]
        return gap[-1:] in {'"', "“", "‘"} and gap[:-1].strip(" ") in {"", ":", ",", "."}
    return previous.lower in _CLAUSE_OPENERS
