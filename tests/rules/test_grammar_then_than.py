"""grammar/then-than: 'then' completing a comparison is 'than'; 'than' with nothing to compare is 'then'."""

from __future__ import annotations

from helpers import findings, spans


def _found(text):
    return [(text[f.src_start : f.src_end], f.fix.replacement if f.fix else None, f.severity)
            for f in findings(text, "grammar/then-than")]


def test_then_a_few_words_after_a_comparative():
    text = (
        "Officials were more worried about it then me. The target seems further away then ever. "
        "Figures showed a smaller rise then expected. Imogen speaks more lines then Cymbeline.\n"
    )
    assert _found(text) == [
        ("then", "than", "error"), ("then", "than", "error"), ("then", "than", "error"), ("then", "than", "warning"),
    ]


def test_than_without_a_comparison_even_after_a_noun_in_er():
    text = "A broker trades ahead of a customer order and than profits from the move.\n"
    assert _found(text) == [("than", "then", "error")]


def test_then_of_time_and_consequence_is_left_alone():
    text = (
        "If labels were more willing to back smaller acts then the government would not pay. Prices were "
        "lower then, he said, and higher then than now. Prices rose higher and then fell. The bigger firms "
        "then bought the rest. The team played better then lost the final. A week later then the rain came.\n"
    )
    assert spans(text, "grammar/then-than") == []


def test_then_after_a_modal_is_the_adverb():
    assert spans("Further appreciation could then lead firms to wait.\n", "grammar/then-than") == []
