"""The shapes of content-farm and crawler boilerplate, one by one: generic template headings and
disclaimers (artifact/template-section), credit lines (artifact/credit-footer), crawler headers and
footers (artifact/crawler-boilerplate), calls for comments (artifact/reader-prompt) and chatbot
replies (artifact/chatbot-reply), each with the journalism that shares its words."""

from __future__ import annotations

import pytest

from helpers import findings, spans

SECTION = "artifact/template-section"
CREDIT = "artifact/credit-footer"
CRAWLER = "artifact/crawler-boilerplate"
PROMPT = "artifact/reader-prompt"
LEAD = "Ministers agreed a trade pact on Friday, officials said.\n\nTalks will resume in May, the ministry said."


def story(extra: str, before: str = "") -> str:
    return f"Pact agreed in Seoul\n\n{before}{LEAD}\n\n{extra}\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Key Takeaways", "Final Thoughts", "Frequently Asked Questions", "The Bottom Line", "In Conclusion",
        "Breaking developments from Seoul", "Latest updates from the summit", "What readers should watch next",
        "What investors need to know", "Background: Why this matters", "Rapid Reference: Key Takeaways",
        "Trade: What you need to know", "Expert Analysis", "Top Insights", "Why the story matters in the long run",
    ],
)
def test_generic_template_headings(heading):
    assert spans(story(f"{heading}\n\nThe pact cuts tariffs on cars."), SECTION) == [heading]


@pytest.mark.parametrize(
    "heading",
    ["What happens next?", "Why it matters", "Analysis", "Background", "Looking ahead", "Tariffs fall on cars", "Trade: the winners and losers"],
)
def test_newsroom_subheadings(heading):
    assert findings(story(f"{heading}\n\nThe pact cuts tariffs on cars."), SECTION) == []


@pytest.mark.parametrize(
    "note",
    [
        "Disclaimer: This article provides analysis based on official briefings.",
        "This article is for informational purposes only and does not constitute financial advice.",
        "Note: This article was compiled from publicly available sources. Details may evolve with new developments.",
        "Note: The views expressed here are for general information only.",
        "Coverage may change as the story develops.",
    ],
)
def test_template_disclaimers(note):
    (finding,) = findings(story(note), SECTION)
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "This story will be updated as more information becomes available.",  # a newsroom's promise
        "Editor's note: An earlier version of this story misstated the date of the vote.",
        '"This does not constitute financial advice," the regulator warned.',
        "Patients should consult a doctor before changing their medication, the agency said.",
    ],
)
def test_newsroom_notes_are_not_disclaimers(sentence):
    assert findings(story(sentence), SECTION) == []


@pytest.mark.parametrize(
    "line",
    [
        "Prepared by Jane Roe, senior content writer, for Newsbeat24.com – 2026‑01‑07 09:21:55.",
        "Written by Priya Nair, SEO content specialist, for CoinDailyHub.net | 2025-11-03 14:05",
        "Compiled by the editorial team for KenyaDailyPost.co.ke on 2025-08-14 at 10:22",
        "Posted by admin on 2025-03-05 at 10:21",
    ],
)
def test_credit_lines(line):
    assert spans(story(line), CREDIT) == [line.rstrip(".")]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Roe; Editing by John Doe",
        "Additional reporting by Jane Roe in Busan.",
        "The post, written by a user on Reddit.com, was later deleted, police said.",
        "Jane Roe is a staff writer based in Seoul.",
    ],
)
def test_journalism_credits(line):
    assert findings(story(line), CREDIT) == []


@pytest.mark.parametrize(
    "header",
    [
        "Yonhap | 2026-01-04 00:00 |",
        "[Seoul Live] 2026-01-04 09:21 UTC",
        "_The Korea Echo_ — 04/01/2026 09:21 —",
        "Publisher: Seoul Live · Date: Jan 4, 2026 at 9:21 am · URL: https://example.com/a/1",
        "Published: 2026-01-04 09:00 | Updated: 2026-01-04 11:30",
        "Scraped from https://example.com/a/1",
    ],
)
def test_crawler_headers(header):
    (finding,) = findings(story("", before=f"{header}\n\n"), CRAWLER)
    assert "header" in finding.message and finding.severity == "error"


@pytest.mark.parametrize(
    "footer",
    [
        "Crawled at: 2026-01-04 04:58:38",
        "crawl_id: 341764 · 2026-01-04T04:58:38Z",
        "Scraped from https://example.com/a/1 on 2026-01-04 04:58:38",
        "Original article: https://example.com/a/1",
        "Source: https://example.com/a/1",
        "© 2026 Example News. All rights reserved.",
        "Crawled at: 2026-01-04 04:58:38\nSource: https://example.com/a/1",
    ],
)
def test_crawler_footers_one_finding_each(footer):
    (finding,) = findings(story(footer), CRAWLER)
    assert "footer" in finding.message


@pytest.mark.parametrize(
    "line",
    [
        "Source: Ministry of Trade",  # a chart's source, no link
        "Exports | 2025 | 2026",  # a row of labels, no date
        "Polls close at 22:00 on 2026-05-05, and counting starts at once, officials said.",
        "By Jane Roe",
    ],
)
def test_story_lines_that_share_the_shapes(line):
    assert findings(story(line, before=f"{line}\n\n"), CRAWLER) == []


@pytest.mark.parametrize(
    "prompt",
    [
        "What do you make of the plan? Sound off using the form below and don't forget to subscribe!",
        "Over to you: what do you make of the changes?",
        "Have your say: are you for or against it?",
        "Is the tax a good idea? Drop your views below!",
        "Join the conversation on social media and share this article with your friends.",
        "Tell us: how will the changes affect you?",
    ],
)
def test_calls_for_comments_cover_the_whole_paragraph(prompt):
    assert spans(story(prompt), PROMPT) == [prompt]
