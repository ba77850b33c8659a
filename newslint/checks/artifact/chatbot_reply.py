import re

from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lazy_regex import lazy_compile

_APOSTROPHE = "['’]"
# (words one of which the phrase must contain, the phrase): a search for plain words
# first keeps the rule cheap, as almost no article holds any of them.
_PHRASES = [
    (("as an ai", "language model"), r"\bas an AI (?:language model|model|assistant|developed by OpenAI)\b(?:, I\b)?|\bas an AI, I\b|\bas a large language model\b"),
    (("hope this helps",), r"\bI hope this helps\b"),
    (("regenerate response",), r"\bregenerate response\b"),
    (
        ("my knowledge", "my training", "my last"),
        r"\b(?:as of )?my (?:last )?(?:knowledge|training)(?: data)?(?: update| cut-?off)\b|\bas of my (?:last |latest |most recent )?(?:update|training(?: data)?|knowledge(?: update| cut-?off)?)\b",
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
    (("let me know",), rf"\blet me know if you(?:{_APOSTROPHE}d| would)? (?:like|need|want|have)\b[^.!?\n]{{0,60}}"),
    (
        ("goes against", "violates"),
        rf"\b(?:goes against|violates) (?:OpenAI(?:{_APOSTROPHE}s)?|my) (?:use[- ]case |content |usage )?(?:polic(?:y|ies)|guidelines|programming)\b",
    ),
]
# The assistant talking to whoever asked for the text, whatever the words: it offers more
# ("Would you like me to …", "If you want, I can also …"), hopes it served ("I hope this works
# for you"), names itself ("As a language model, …") or the text it made ("I've rewritten a
# 600-word news article", "Here's your story:", "Below is a news story in AP style").
_TEXT = r"(?:(?:news|seo-friendly|rewritten|revised|reworded|shorter|longer|concise|updated|final|new)\s+)*(?:article|story|draft|version|piece|text|rewrite|summary|copy|post|headline|report|write-up)s?"
_SERVICE = [
    (("would you like", "do you want", "shall i"), r"\b(?:would you like|do you want|shall I)\b[^.!?\n]{0,20}?\b(?:me|I)\b[^.!?\n]{0,80}[.?!]?"),
    (("feel free",), r"\bfeel free to (?:ask|let me know|reach out|request|tell me)\b[^.!?\n]{0,80}[.?!]?"),
    (
        ("if you", "i can also", "i could also"),
        rf"\b(?:if you(?:{_APOSTROPHE}d| would)? (?:like|want|need|prefer)(?: it| me to)?,? I (?:can|could|{_APOSTROPHE}d be happy to|would be happy to|will)"
        r"|I (?:can|could) also (?:write|draft|create|provide|make|prepare|add|translate|shorten|expand|produce|turn))\b[^.!?\n]{0,80}[.?!]?",
    ),
    (
        ("i hope",),
        r"\bI hope (?:this|that|it|you|the (?:article|story|draft))\b[^.!?\n]{0,40}?\b(?:helps?|helpful|useful|works? for you|what you|you need|you wanted|you asked|meets your|you(?:'ll| will)? (?:enjoy|like))\b[^.!?\n]{0,40}",
    ),
    (("as a", "as an"), r"\bas an? (?:language model|AI (?:language )?model|AI assistant|chatbot|text-based AI)\b"),
    (
        ("i've", "i have", "i’ve", "i had"),
        rf"\bI(?:{_APOSTROPHE}ve| have)? (?:just )?(?:written|rewritten|prepared|drafted|created|generated|composed|revised|put together|produced|crafted|reworked|shortened|expanded)"
        rf"\b[^.!?:\n]{{0,60}}?\b{_TEXT}\b[^.!?:\n]{{0,80}}[.:!]?",
    ),
]
# "Here is / Below is … article": the words of a news page too ("Below is the full text of the
# statement"), so only with a sign that the text was ordered: "your", a word count, a style asked for.
_META = lazy_compile(
    rf"\b(?:here(?:{_APOSTROPHE}s| is| are)|here you go|below (?:is|are|you{_APOSTROPHE}ll find|you will find))\b[^.!?:\n]{{0,60}}?\b{_TEXT}\b[^.!?:\n]{{0,80}}[.:!]?",
    re.IGNORECASE,
)
_ORDERED = lazy_compile(
    r"\byour\b|\b\d+[- ]word\b|\bhuman-sounding\b|\bin (?:an? )?(?:AP|neutral|journalistic|news|formal|engaging|professional) (?:style|tone)\b"
    r"|\bcatchy\b|\bseo\b|\brewritten\b|\brevised\b|\bas (?:requested|you asked)\b|\byou asked for\b",
    re.IGNORECASE,
)
# An assistant's opening interjection before any of these: "Certainly! ", "Sure thing! ", "Great question! ".
_INTERJECTION = lazy_compile(
    r"(?:certainly|sure(?: thing)?|absolutely|of course|great question|good question|happy to help|glad to help|okay|ok|no problem|gladly|alright|got it)[!,.]\s*",
    re.IGNORECASE,
)
_COMPILED = [(anchors, lazy_compile(pattern, re.IGNORECASE)) for anchors, pattern in _PHRASES + _SERVICE]
# The assistant's preamble opens a paragraph: "Certainly! Here is …", "Here is a rewritten version …".
_PREAMBLE = lazy_compile(
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
        if "here" in lowered or "below" in lowered:
            matches += [m for m in _META.finditer(doc.text) if _ORDERED.search(m.group()) or self._after_interjection(doc, m.start())]
        spans = []
        for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
            if doc.quote_at(match.start()) is not None or any(s <= match.start() < e for s, e in spans):
                continue
            start = self._interjection_start(doc, match.start())
            spans.append((start, match.end()))
        for start, end in self._merged(doc, spans):
            ctx.report(start, end, f"chatbot reply left in the article: '{doc.text[start:end]}'")

    @classmethod
    def _after_interjection(cls, doc, start: int) -> bool:
        return cls._interjection_start(doc, start) != start

    @staticmethod
    def _interjection_start(doc, start: int) -> int:
        """Include "Certainly! " or "Great question! " said just before the reply."""
        block = doc.block_at(start)
        if block is None:
            return start
        for match in _INTERJECTION.finditer(doc.text, block.start, start):
            if match.end() == start:
                return match.start()
        return start

    @staticmethod
    def _merged(doc, spans):
        """One finding for one leftover: replies in one sentence, or one after another in a paragraph, are one."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and doc.block_at(start) is doc.block_at(merged[-1][0]) and (
                doc.text[merged[-1][1] : start].strip(" !.?,") == "" or doc.sentence_at(start) is doc.sentence_at(merged[-1][0])
            ):
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged
