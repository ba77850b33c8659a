from newslint.analysis.readability import readability
from newslint.engine.rule import Option, Rule, Severity, bad, good


class GradeLevel(Rule):
    id = "readability/grade-level"
    severity = Severity.INFO
    summary = "An article whose prose needs a postgraduate reading level."
    rationale = (
        "US local news reads at about grade 11.6 and a Flesch Reading Ease of 60-70 is plain English; "
        "copy that needs more than 16 years of schooling (the default) loses most readers. The grade is "
        "the mean of the Flesch-Kincaid, Automated Readability and Coleman-Liau formulas, computed "
        "offline on the paragraphs' sentences (not list items, tables or headings), and only for "
        "articles of at least 150 words, since a few sentences prove little. The scores are also "
        "recorded as the 'readability' metric of every article in the JSON output."
    )
    options = {
        "max_grade": Option(16.0, "highest grade level not reported"),
        "min_words": Option(150, "fewest words of running text the article needs to be judged"),
    }
    examples = (
        bad(
            "Regulatory harmonisation\n\n"
            + " ".join(
                [
                    "Comprehensive intergovernmental harmonisation of pharmaceutical authorisation "
                    "methodologies necessitates unprecedented administrative coordination between "
                    "institutional stakeholders, regulatory authorities and international organisations."
                ]
                * 12
            )
            + "\n"
        ),
        good(
            "Council delays vote\n\n"
            + " ".join(
                ["The council met on Tuesday. It voted to wait until March. Members want new figures first."] * 12
            )
            + "\n"
        ),
    )

    def check(self, doc, ctx):
        scores = readability(doc)
        if not scores.words:
            return
        ctx.metric(
            "readability",
            {
                "words": scores.words,
                "sentences": len(scores.sentences),
                "flesch_reading_ease": round(scores.flesch_reading_ease, 1),
                "flesch_kincaid_grade": round(scores.flesch_kincaid_grade, 1),
                "automated_readability_index": round(scores.automated_readability_index, 1),
                "coleman_liau_index": round(scores.coleman_liau_index, 1),
                "grade": round(scores.grade, 1),
            },
        )
        limit = float(ctx.options["max_grade"])
        if scores.words < int(ctx.options["min_words"]) or scores.grade <= limit:
            return
        anchor = doc.headline or doc.blocks[scores.sentences[0].sentence.block]
        ctx.report(
            anchor.start,
            anchor.end,
            f"article reads at grade {scores.grade:.1f} (Flesch Reading Ease {scores.flesch_reading_ease:.0f}); "
            f"news aims for about 11, and above {limit:g} loses most readers",
        )
