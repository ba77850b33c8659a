"""artifact/chatbot-reply: the assistant's own voice left in published copy, and the
stories about chatbots that quote it."""

from __future__ import annotations

import pytest

from helpers import findings, spans

RULE = "artifact/chatbot-reply"


def story(body: str) -> str:
    return f"Ministers resume trade talks\n\n{body}\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        ("As an AI language model, I cannot predict the outcome.", ["As an AI language model, I"]),
        ("The talks matter. As a large language model I cannot say more.", ["As a large language model"]),
        ("Certainly! Here is a rewritten version of the article:", ["Certainly! Here is a rewritten version of the article:"]),
        ("Sure! Here’s a news article about the talks.", ["Sure! Here’s a news article about the talks."]),
        ("Here is a rewritten version of the story about the talks:", ["Here is a rewritten version of the story about the talks:"]),
        ("The ministers met on Monday. I hope this helps!", ["I hope this helps"]),
        ("As of my last knowledge update in 2023, no deal had been signed.", ["As of my last knowledge update"]),
        ("I'm sorry, but I cannot write about that topic.", ["I'm sorry, but I cannot write about that topic"]),
        # one refusal, one finding over both of its tells
        ("I cannot fulfill that request as it goes against OpenAI's use case policy.", ["I cannot fulfill that request as it goes against OpenAI's use case policy"]),
        # the shapes of a reply to whoever ordered the text, in words no list holds
        ("Happy to help! I've rewritten a 300-word news article on the plan:", ["Happy to help! I've rewritten a 300-word news article on the plan:"]),
        ("The ministers met. Would you like me to translate it?", ["Would you like me to translate it?"]),
        ("The ministers met. If you want, I can also write social media posts.", ["If you want, I can also write social media posts."]),
        ("Okay! Here's your story:", ["Okay! Here's your story:"]),
        ("Below is a human-sounding news story in a neutral news style:", ["Below is a human-sounding news story in a neutral news style:"]),
        ("I don't have real-time information about the talks.", ["I don't have real-time information"]),
        ("Let me know if you would like me to expand on any section.", ["Let me know if you would like me to expand on any section"]),
        ("Regenerate response", ["Regenerate response"]),
    ],
)
def test_chatbot_phrases_are_reported(body, expected):
    assert spans(story(body), RULE) == expected


@pytest.mark.parametrize(
    "body",
    [
        # stories about chatbots quote them
        'The site published a story that began "As an AI language model, I cannot", NewsGuard said.',
        "The reply read: “I’m sorry, but I cannot fulfill that request.”",
        # ordinary news English near the same words
        "Certainly, the ministers hope the talks help.",
        "Here is the story of how the talks broke down.",
        "The minister said he was sorry, but he could not attend.",
        "Officials said they hope this helps farmers in the spring.",
        "The company said its knowledge base was updated last week.",
        "Let me know when you arrive, the minister told reporters jokingly.",
        "The firm said AI models could cut costs, and OpenAI's content policy was revised.",
        "The farm registered the bull as an AI sire, using artificial insemination.",
        "Below is the full text of the statement released by the ministry.",
        "Would you like to see the results? The ministry has published them online.",
        "I have written to the minister asking for an explanation, the MP said.",
    ],
)
def test_news_copy_and_quotes_are_left_alone(body):
    assert findings(story(body), RULE) == []


def test_position_of_a_preamble_in_the_middle_of_a_file():
    text = story("The ministers met on Monday.\n\nCertainly! Here is the article:")
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column) == (5, 1)
    assert finding.severity == "error"
