"""attribution/unattributed-article and the attribution_share metric."""

from helpers import cli_json, findings

from newslint.engine.runner import Linter

RULE = "attribution/unattributed-article"

FARMED = (
    "Summit opens a new chapter\n\n"
    "The partnership is expected to create 12,000 jobs by 2030.\n\n"
    "Exports totaled $115 billion, accounting for 20% of trade.\n\n"
    "Critics argue the deal is unbalanced.\n"
)


def test_article_with_no_attribution_is_reported_once_at_its_headline():
    (finding,) = findings(FARMED, RULE)
    assert (finding.line, finding.column, finding.end_line) == (1, 1, 1)
    assert "none of the 3 claims" in finding.message


def test_one_attributed_claim_is_enough():
    text = FARMED.replace("by 2030.", "by 2030, the trade ministry said.")
    assert findings(text, RULE) == []


def test_too_few_claims_to_judge():
    assert findings("Storm closes schools\n\nHeavy snow closed 40 schools on Monday.\n", RULE) == []


def test_plain_figures_are_public_record():
    text = (
        "Comedy tops the box office\n\n"
        "The film took $21.9m in its first weekend.\n\n"
        "It pushed last week's leader, which took $12.1m, into second place.\n\n"
        "The animated sequel took $9.5m, bringing its total to $160.4m.\n"
    )
    assert findings(text, RULE) == []


def test_metric_is_recorded_for_every_article():
    result = Linter().lint_text("story.txt", FARMED, fmt="text")
    assert result.metrics["attribution_claims"] == 3
    assert result.metrics["attribution_attributed"] == 0
    assert result.metrics["attribution_share"] == 0.0


def test_metric_appears_in_the_json_output(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(FARMED.replace("by 2030.", "by 2030, the trade ministry said."), encoding="utf-8")
    data = cli_json(str(story), "--select", "attribution")
    metrics = data["files"][0]["metrics"]
    assert metrics["attribution_claims"] == 3
    assert metrics["attribution_attributed"] == 2  # the statement and the sentence it carries
    assert metrics["attribution_share"] == round(2 / 3, 3)
