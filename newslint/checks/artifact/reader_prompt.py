import re
from collections import Counter

from newslint.analysis.templates import templates
from newslint.checks.repeats import report_places
from newslint.engine.rule import Rule, Severity, bad, good

# Calls for comments and shares: the furniture of a blog template, not of a news story. Each
# is a verb of engagement aimed at the reader ("share", "join", "drop", "sound off", "have your
# say") with what it asks for or where ("your thoughts", "this article", "in the comments",
# "on our Facebook page"), or a handover to the reader ("Over to you:", "Your turn:").
_CHANNEL = (
    r"(?:(?:in|on|via|using|through)\s+(?:the\s+|our\s+)?(?:comments?(?:\s+section)?|comment\s+(?:box|section|form)|form\s+below"
    r"|(?:facebook|twitter|instagram|social\s+media|x)(?:\s+(?:page|account|feed|channels?))?|social\s+media)|below)"
)
_CALL = re.compile(
    r"\b(?:share\s+your\s+(?:thoughts|views|opinions?|comments?|take|experiences?)"
    r"|let\s+us\s+know\s+(?:your\s+(?:thoughts|views)|what\s+you\s+think|" + _CHANNEL + r")"
    r"|tell\s+us(?:\s+(?:your\s+thoughts|what\s+you\s+think|" + _CHANNEL + r")|(?=\s*:))"
    r"|(?:leave|drop|post|add|share)\s+(?:a|your)\s+(?:comments?|views?|thoughts|opinions?|say)(?:\s+" + _CHANNEL + r")?"
    r"|have\s+your\s+say\b(?:\s*:|\s+" + _CHANNEL + r")"
    r"|comment\s+below|sound\s+off(?:\s+" + _CHANNEL + r")?"
    r"|join\s+the\s+(?:conversation|discussion|debate)(?:\s+" + _CHANNEL + r")?"
    r"|(?:we(?:'d|’d|\s+would)|I(?:'d|’d|\s+would))\s+love\s+to\s+hear\s+(?:from\s+you|your\s+(?:thoughts|views|opinions?))"
    r"|share\s+(?:this|the)\s+(?:article|story|post|piece)(?:\s+with\s+(?:your\s+)?(?:friends|family|followers))?"
    r"|(?:don't|don’t|do\s+not)\s+forget\s+to\s+(?:subscribe|share|like|comment|follow)"
    r"|(?:over\s+to\s+you|your\s+turn)(?=\s*[:!.,])"
    r")\b",
    re.IGNORECASE,
)
# A question that asks the reader for an opinion ("In your view, …?", "… do you believe …?").
_OPINION = re.compile(
    r"\b(?:in\s+your\s+(?:view|opinion)|do\s+you\s+(?:think|believe|agree|expect|support)"
    r"|what(?:'s|’s|\s+is)\s+your\s+(?:take|view|opinion)|how\s+do\s+you\s+feel|would\s+you\s+agree"
    r"|what\s+do\s+you\s+make\s+of|where\s+do\s+you\s+stand|are\s+you\s+(?:for\s+or\s+against|in\s+favou?r)"
    r"|(?:will|would|could|does|do|might)\s+(?:the|this|these|that)\s+[^?]{1,40}\s+affect\s+you)\b",
    re.IGNORECASE,
)
# Words one of which each pattern needs: most articles hold none, and the patterns never run.
_CALL_KEYS = (
    "share your", "let us know", "tell us", "comment below", "comments below", "in the comments", "sound off",
    "join the conversation", "join the discussion", "join the debate", "leave a", "drop a", "drop your", "post a",
    "post your", "add your", "have your say", "love to hear", "share this", "share the", "forget to", "over to you",
    "your turn", "comment section",
)
_OPINION_KEYS = (
    "your view", "your opinion", "do you", "your take", "how do you feel", "would you agree", "make of", "where do you",
    "are you", "affect you",
)
# Templates close a story with engagement questions; a feature that quizzes its reader does it on the way.
_CLOSING_BLOCKS = 3


_PLURAL = {"question for readers": "questions for readers", "call for comments": "calls for comments"}


class ReaderPrompt(Rule):
    id = "artifact/reader-prompt"
    severity = Severity.ERROR  # a template's engagement bait: never copy
    summary = "A prompt for reader comments or a question asking the reader's opinion ('Share your thoughts: …?')."
    rationale = (
        "Engagement bait ('Share your thoughts', 'Let us know in the comments', 'In your view, which … ?') "
        "comes from blog templates and chatbot outlines; in a news story it reads as filler and breaks the "
        "register. Questions under a template section such as 'Engagement prompts' are reported whatever "
        "their wording; elsewhere a question asking the reader's opinion counts in the story's last three "
        "paragraphs, where templates put it (a feature that quizzes its reader does so on the way). "
        "Quoted questions, questions the story asks and answers, and callouts for information ('Have you "
        "been affected? Get in touch') are left alone. The template that put one in put them all, so "
        "they are one finding, at the first, with every other paragraph or list entry as a further place."
    )
    examples = (
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nShare your thoughts: which deal matters most to you?\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nIn your view, should the talks go on?\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nEngagement prompts\n\n1) How should the two sides build trust?\n"),
        good('Talks resume in Seoul\n\n"Do you think they will keep their word?" the minister asked reporters.\n'),
        good("Talks resume in Seoul\n\nWhat happens next? The ministers will meet again in May.\n"),
        good("Talks resume in Seoul\n\nHave you been affected by the closures? Get in touch with our newsroom.\n"),
    )

    def check(self, doc, ctx):
        lowered = doc.text.lower()
        calls = any(key in lowered for key in _CALL_KEYS)
        opinions = any(key in lowered for key in _OPINION_KEYS)
        found = templates(doc)
        if not (calls or opinions or any(label.engagement for label in found.labels.values())):
            return
        prompts = []
        for block in doc.blocks:
            if block.kind in ("headline", "table_cell"):
                continue
            section = found.label_of_section(block.index)
            in_engagement_section = section is not None and section.engagement
            closing = block.index >= len(doc.blocks) - _CLOSING_BLOCKS
            if not (calls or in_engagement_section or (opinions and closing)):
                continue
            sentences = list(doc.sentences_in(block))
            flagged = [s for s in sentences if self._is_prompt(doc, s, in_engagement_section, closing)]
            call = calls and flagged and _CALL.search(doc.text, flagged[0].start, flagged[-1].end)
            if call:
                # beside a call for comments, any question of the paragraph is the template's too ("Is the tax a good idea?")
                flagged = [s for s in sentences if s in flagged or self._unquoted_question(doc, s)]
            if flagged:
                prompts.append((flagged[0].start, flagged[-1].end, "call for comments" if call else "question for readers"))
        if prompts:
            counts = Counter(kind for *_, kind in prompts)
            kinds = ", ".join(f"{n} {_PLURAL[kind] if n > 1 else kind}" for kind, n in counts.items())
            report_places(
                ctx, [(start, end, None) for start, end, _ in prompts],
                f"{prompts[0][2]} left in the story: engagement bait from a template",
                lambda n: f"{n} prompts for readers left in the story ({kinds}): engagement bait from a template",
            )

    @staticmethod
    def _unquoted_question(doc, sentence) -> bool:
        mark = doc.text.rfind("?", sentence.start, sentence.end)
        return mark != -1 and doc.quote_at(mark) is None

    @staticmethod
    def _is_prompt(doc, sentence, in_engagement_section, closing) -> bool:
        text = doc.text
        for match in _CALL.finditer(text, sentence.start, sentence.end):
            if doc.quote_at(match.start()) is None:
                return True
        mark = text.rfind("?", sentence.start, sentence.end)
        if mark == -1 or doc.quote_at(mark) is not None:
            return False
        if in_engagement_section:
            return True
        return closing and any(doc.quote_at(m.start()) is None for m in _OPINION.finditer(text, sentence.start, mark))
