from newslint.checks.casing.lowercase_name import lowercase_names
from newslint.checks.spelling.unknown_words import exempt, known_misspelling, unknown_words
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.engines import languagetool


class MisspelledWord(Rule):
    id = "spelling/misspelled-word"
    severity = Severity.WARNING
    summary = "A word that is not in the dictionary and looks like a typing slip ('recieve')."
    rationale = (
        "Misspellings are the first thing readers hold against a publication. Harper's speller "
        "finds unknown words; newslint reports those that are slips: one or two edits (a letter "
        "dropped, added, changed, two swapped) from a word that is far more common (30 times, and "
        "once in three million words; newslint.lexicon.frequency, from wordfreq data). The likeliest "
        "such word, by frequency and by how likely the edit is as a slip (neighbouring keys, a "
        "doubled letter, a vowel for a vowel), is the suggestion: 'recieve' -> 'receive', 'sayd' "
        "-> 'said', 'destory' -> 'destroy'. A rare word with no such neighbour ('fallers', "
        "'hagfish') is left alone however it splits. Names are the main trap in news, so "
        "capitalised words, acronyms, parts of hyphenated names ('Kim Eun-soo') and the article's "
        "own names are never reported, nor are words the config accepts (vocabulary.accept), "
        "spellings of another English dialect (see spelling/dialect-spelling) and terms the "
        "article repeats, and words of the standard dictionary Harper lacks (SCOWL's size 60, "
        "newslint.lexicon.words: 'hared', 'yuppy'). A word built regularly from a known one ('freakery', "
        "'bureaucratism', 'fosterers') is no slip for a word two edits away (adverbs excepted: "
        "'publically'), a capitalised sentence opener before a surname is a given name ('Dipo Alli "
        "says'; not before a given name: 'Subtitute Robin van Persie'), and a quotation keeps a word with its "
        "g dropped ('kickin' in a quoted post), a letter drawn out is said anywhere ('verrry', 'pleeease'; a "
        "doubled letter typed thrice, 'folllowing', stays a slip), and a dropped h that "
        "an apostrophe marks is said, not mistyped, anywhere (\"It's 'orrible\" in a BBC readers' post). A common two-word phrase of content words written as one is a word ('a gameplan', "
        "twice on BBC news), but a function word run into the next one is a slip ('hesaid', 'inwhich'). "
        "A word casing/lowercase-name reports as a given "
        "name in lowercase ('ariadna Gutierrez', two edits from 'armada') is left to it: one slip, one finding. Known misspellings ('definately') are always reported and fixed, as "
        "errors; other suggestions are warnings for an editor to confirm. With a LanguageTool server configured, its "
        "spelling matches are reported here too, through the same filters."
    )
    examples = (
        bad("Officials said they did not recieve the letter.", fixed="Officials said they did not receive the letter."),
        bad("Definately not, the minister said.", fixed="Definitely not, the minister said."),
        bad("The company reported a powrful quarter."),
        bad("Rebels vowed to destory the bridge, and firends kept up the pratice."),
        good("National Security Adviser Wi Sung-lac met Zhao Leji in Gyeongju, Yonhap said."),
        good("Dr. Kim Eun-soo said the THAAD deployment and R&D spending were definitely linked."),
        good("The hagfish secretes mucus. Researchers study hagfish slime."),
        good("The centre's programme was cancelled."),
    )

    def check(self, doc, ctx):
        reported = []
        names = None
        for word in unknown_words(doc, ctx.config):
            if word.kind != "misspelled":
                continue
            if not word.certain:
                names = names if names is not None else {f.start for f in lowercase_names(doc, ctx.config)}
                if word.start in names:
                    continue  # "ariadna Gutierrez": a given name in lowercase, which casing/lowercase-name reports
            reported.append((word.start, word.end))
            if word.certain:  # wrong in print, whatever the context: an error
                ctx.report(
                    word.start, word.end, f"'{word.word}' is misspelled: '{word.suggestion}'",
                    fix=word.suggestion, severity=Severity.ERROR,
                )
            else:
                hint = f"; did you mean '{word.suggestion}'?" if word.suggestion else ""
                ctx.report(
                    word.start, word.end,
                    f"'{word.word}' is not in the dictionary{hint} (if it is right, add it to vocabulary.accept)",
                    fix=word.suggestion, safe=False,
                )
        languagetool.report(doc, ctx, reported, keep=lambda match: _keep_languagetool(doc, ctx.config, match))


def _keep_languagetool(doc, config, match) -> bool:
    """A LanguageTool spelling match goes through the filters Harper's do (names, vocabulary, ...)."""
    word = doc.text[match.start : match.end]
    if known_misspelling(doc, match.start, word) is not None:
        return True
    return " " not in word and not exempt(doc, config, match.start, match.end)
