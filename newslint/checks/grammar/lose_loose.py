from newslint.checks.grammar.confusable import ConfusableRule, Verdict
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# "Loose" is an adjective or the verb "set free": after these it is "break loose", "let loose".
_SETS_FREE = {"break", "breaks", "broke", "broken", "breaking", "cut", "cuts", "cutting", "let", "lets", "letting",
              "set", "sets", "setting", "turn", "turned", "turns", "run", "running", "ran", "on", "hang", "hanging", "work", "worked"}
_LOOSE_NOUNS = {"end", "ends", "change", "cannon", "talk", "fit", "leaf", "thread", "threads", "connection", "connections", "rein", "definition"}


class LoseLoose(ConfusableRule):
    id = "grammar/lose-loose"
    words = frozenset({"lose", "loose", "looses", "loosing", "loosed", "loses"})
    severity = Severity.ERROR
    summary = "'loose' for the verb 'lose' ('could loose their seats') or 'lose' for the adjective ('a lose end')."
    rationale = (
        "'Lose' (lost, losing) is the verb of losing; 'loose' is the adjective (not tight) and a rare "
        "verb for setting free. After 'to', a modal or 'not', or before a determiner, a possessive or "
        "a pronoun, 'loose' is 'lose' ('will loose their jobs', 'loosing the match'); after a "
        "determiner or before 'end(s)' 'lose' is 'loose' ('a lose end'). 'Break loose', 'let loose' "
        "and 'cut loose' are left alone. Harper's 'to loose' check, when grammar/word-choice runs, "
        "is not repeated."
    )
    examples = (
        bad("Workers could loose their jobs if the plant closes."),
        bad("The club is loosing money every week."),
        bad("The inquiry left a lose end that officials regretted."),
        good("The dog broke loose and ran; the team may lose the match, and the screws were loose."),
    )

    def judge(self, sentence, i):
        word = sentence.words[i].lower
        previous = sentence.before(i)
        following = sentence.after(i)
        before = previous.lower if previous else ""
        after = following.lower if following else ""
        if word in {"lose", "loses"}:
            if before in {"a", "the", "this", "that", "very", "too", "so"} or after in _LOOSE_NOUNS:
                if word == "lose" and after not in {"money", "weight", "face", "heart", "ground", "touch", "sight"}:
                    return Verdict("loose", before in {"a", "the", "very", "too", "so"}, "'lose' is the verb; the adjective is 'loose'")
            if word == "lose" and before in _SETS_FREE and (following is None or after in lex.PREPOSITIONS):
                return Verdict("loose", False, "'break loose', 'let loose'")
            return None
        if before in _SETS_FREE or after in _LOOSE_NOUNS:
            return None
        fix = {"loose": "lose", "looses": "loses", "loosing": "losing", "loosed": "lost"}[word]
        objects = after in lex.DETERMINERS or after in lex.POSSESSIVES or after in lex.OBJECT_PRONOUNS
        if word == "loose" and (before == "to" or before in lex.MODALS or before == "not") and (objects or following is None or lex.can_be(after, "N")):
            return Verdict(fix, True, "'loose' is the adjective; the verb is 'lose'")
        if word in {"looses", "loosing"} and (objects or after in {"money", "weight", "ground", "touch", "sight", "control", "interest"}):
            return Verdict(fix, True, "'loose' is the adjective; the verb is 'lose'")
        if word == "loosing" and before in {"is", "are", "was", "were", "be", "been", "keep", "kept", "risk", "stop", "avoid"}:
            return Verdict(fix, False, "'loose' is the adjective; the verb is 'lose'")
        return None

    def check(self, doc, ctx):
        from newslint.engines import harper

        if "ToLoseTooLoose" in harper.used_rules():
            # grammar/word-choice reports Harper's "to loose": one slip, one finding.
            taken = [(lint.start, lint.end) for lint in harper.lints(doc, ctx.config).get("ToLoseTooLoose", ())]
            ctx = _Skipping(ctx, taken)
        super().check(doc, ctx)


class _Skipping:
    """A context that drops reports overlapping spans another rule already reports."""

    def __init__(self, ctx, taken):
        self._ctx, self._taken = ctx, taken

    def __getattr__(self, name):
        return getattr(self._ctx, name)

    def report(self, start, end, message, **kwargs):
        if not any(start < e and end > s for s, e in self._taken):
            self._ctx.report(start, end, message, **kwargs)
