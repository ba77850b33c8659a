import re

from newslint.engine.rule import Rule, Severity, bad, good

_APOSTROPHE = "['’]"
# (words one of which the phrase must contain, the phrase): a search for plain words
# first keeps the rule cheap, as almost no article holds any of them.
_PHRASES = [
    (("as an ai", "language model"), r"\bas an AI (?:language model|model|assistant|developed by OpenAI)\b(?:, I\b)?|\bas an AI, I\b|\bas a large language model\b"),
    (("hope this helps",), r"\bI hope this helps\b"),
    (("regenerate response",), r"\bregenerate response\b"),
    (
        ("my knowledge", "my training", "my last"),
        r"\b(?:as of )?my (?:last )?(?:knowledge|training)(?: data)?(?: update| cut-?off)\b|\bas of my (?:last update|training data)\b",
    ),
    (("sorry", "afraid"), rf"\bI(?:{_APOSTROPHE}m| am) (?:sorry|afraid),? (?:but )?I (?:can(?:not|{_APOSTROPHE}t)|am unable|{_APOSTROPHE}m unable|am not able)\b[^.!?\n]*"),
    (
        ("i can",),
        rf"\bI can(?:not|{_APOSTROPHE}t) (?:fulfill|complete|comply with|assist with|help with|provide|generate|write) (?:that|this|your) (?:request|prompt|task)\b",
    ),
    (
        ("real-time", "up-to-date", "current information", "current data"),
        rf"\bI (?:do not|don{_APOSTROPHE}t) have (?:access to )?(?:real-time|current|up-to-date) (?:information|data|news|updates)\b",
    ),
    (("browse", "access the internet"), rf"\bI(?:{_APOSTROPHE}m| am) (?:not able|unable) to (?:browse|access) the (?:internet|web)\b"),
    (("let me know",), rf"\blet me know if you(?:{_APOSTROPHE}d| would)? (?:like|need|want) (?:me to|any|more|further|additional)\b"),
    (
        ("goes against", "violates"),
        rf"\b(?:goes against|violates) (?:OpenAI(?:{_APOSTROPHE}s)?|my) (?:use[- ]case |content |usage )?(?:polic(?:y|ies)|guidelines|programming)\b",
    ),
]
_COMPILED = [(anchors, re.compile(pattern, re.IGNORECASE)) for anchors, pattern in _PHRASES]
# The assistant's preamble opens a paragraph: "Certainly! Here is …", "Here is a rewritten version …".
_PREAMBLE = re.compile(
    rf"(?:(?:certainly|sure|absolutely|of course)[!,.] here(?:{_APOSTROPHE}s| is| are)\b[^.:!\n]*[.:!]?"
    rf"|here(?:{_APOSTROPHE}s| is) (?:a|an|the|your) (?:(?:rewritten|revised|rephrased|paraphrased|reworded|updated) "
    r"(?:version|article|text|story)|(?:news )?article (?:about|on|that))\b[^.:\n]*:?)",
    re.IGNORECASE,
)


class ChatbotReply(Rule):
    id = "artifact/chatbot-reply"
    severity = Severity.ERROR
    summary = "Words of a chatbot's reply left in the article ('As an AI language model', 'Certainly! Here is …', 'I hope this helps')."
    rationale = (
        "Sites that publish chatbot output unedited leave the assistant's own voice in the copy: refusals "
        "('I cannot fulfill that request'), disclaimers about being an AI or about its knowledge cut-off, "
        "the 'Certainly! Here is a rewritten version' preamble and the 'I hope this helps' sign-off. "
        "NewsGuard's 2023 'Rise of the Newsbots' report found exactly these phrases in published "
        "articles, and Wikipedia's 'Signs of AI writing' lists them. None belongs in a news story. Quoted "
        "text is skipped, so a story about chatbots that quotes one is left alone; the preambles count "
        "only at the start of a paragraph."
    )
    examples = (
        bad("Talks resume\n\nAs an AI language model, I cannot predict the outcome of the talks.\n"),
        bad("Talks resume\n\nCertainly! Here is a rewritten version of the article:\n\nThe ministers met on Monday.\n"),
        bad("Talks resume\n\nThe ministers met on Monday. I hope this helps!\n"),
        bad("Talks resume\n\nAs of my last knowledge update, the talks had not resumed.\n"),
        bad("Talks resume\n\nI'm sorry, but I cannot write about the talks.\n"),
        good('Chatbot blunders\n\nThe site published a story that began "As an AI language model, I cannot", the report said.\n'),
        good("Talks resume\n\nCertainly, the ministers hope the talks help.\n"),
        good("Talks resume\n\nHere is the story of how the talks broke down.\n"),
        good("Talks resume\n\nThe minister said he was sorry, but he could not attend.\n"),
    )

    def check(self, doc, ctx):
        lowered = doc.text.lower()
        matches = []
        for anchors, regex in _COMPILED:
            if any(anchor in lowered for anchor in anchors):
                matches += regex.finditer(doc.text)
        if "here" in lowered:
            matches += filter(None, (_PREAMBLE.match(doc.text, block.start, block.end) for block in doc.blocks))
        for match in matches:
            if doc.quote_at(match.start()) is None:
                ctx.report(match.start(), match.end(), f"chatbot reply left in the article: '{match.group()}'")
