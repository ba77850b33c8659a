"""artifact/placeholder: gaps and desk notes left in copy, and the names, numerals and
currencies that look like them."""

from __future__ import annotations

import pytest

from helpers import findings, spans

RULE = "artifact/placeholder"


def story(body: str) -> str:
    return f"Council sets budget\n\n{body}\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The council will spend TK on roads, the mayor said.", ["TK"]),
        ("The council will spend [TK] on roads.", ["[TK]"]),
        ("The council will spend TKTK on roads.", ["TKTK"]),
        ("Spending rose XX per cent to $XX million.", ["XX", "$XX"]),
        ("The scheme will end in 20XX, officials said.", ["20XX"]),
        ("Turnout was XX,XXX, up from last year.", ["XX,XXX"]),
        ("The vote is on XX March.", ["XX"]),
        ('"We are ready," said [insert name], the council leader.', ["[insert name]"]),
        ("Read the full report here [link].", ["[link]"]),
        ("INSERT QUOTE FROM MAYOR", ["INSERT QUOTE"]),
        ("The council will spend more on roads. CHECK THIS", ["CHECK THIS"]),
        ("TODO: add the mayor's reaction.", ["TODO"]),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", ["Lorem ipsum", "dolor sit amet"]),
        ("Written by {{author_name}} for {{ site }}.", ["{{author_name}}", "{{ site }}"]),
        ("Contact %%EDITOR_EMAIL%% for corrections.", ["%%EDITOR_EMAIL%%"]),
    ],
)
def test_gaps_and_notes_are_reported_exactly(body, expected):
    assert spans(story(body), RULE) == expected


@pytest.mark.parametrize(
    "body",
    [
        # names, currency and numerals that contain TK or XX
        "Shoppers queued outside TK Maxx before it opened.",
        "Rice sold for Tk 500 a sack in Dhaka, and TK 450 in Sylhet.",
        "Takata supplier TK Holdings filed for bankruptcy.",
        "The 49ers won Super Bowl XX in front of a record crowd, and the Chiefs won Super Bowl LIV.",
        "Women have an XX chromosome pair, the study noted.",
        "The XX Olympiad was held in Munich.",
        "The band the xx headlined the festival.",
        # brackets that editors use in quotes on purpose
        '"The two companies [Rosneft and CNPC] have agreed," he said.',
        '"It was [sic] unbelievable," she wrote.',
        '"We will [...] decide in May," he said.',
        # capitals only count as notes in capitals
        "She said she would check this year's figures and confirm the date.",
        "The insert in Sunday's paper explains the scheme.",
        # to-do lists and the Spanish word
        "Her to-do list is long; the Todo Noticias channel ran the story.",
    ],
)
def test_newsroom_words_that_look_like_placeholders_are_left_alone(body):
    assert findings(story(body), RULE) == []


def test_all_capital_headline_is_not_read_as_a_note():
    assert findings("MAYOR SAYS CHECK THIS YEAR'S BUDGET NEED QUOTE\n\nThe mayor spoke.\n", RULE) == []


def test_position_and_message():
    text = story("Spending rose XX per cent.")
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column, finding.end_column) == (3, 15, 17)
    assert finding.severity == "error"
    assert finding.message == "placeholder for a figure 'XX' left in the copy"
    assert finding.fix is None
