"""Attribution and sourcing on the two seed articles the product was specified from."""

from helpers import FARM_SEED, WIRE_SEED, requires_seeds

from newslint import lint_paths

pytestmark = requires_seeds



def _found(path):
    (result,) = lint_paths([path], select=["attribution", "sourcing"])
    assert result.errors == []
    return result, [(f.line, f.column, f.rule, f.severity) for f in result.findings]


def test_content_farm_article():
    result, found = _found(FARM_SEED)
    assert found == [
        (44, 1, "attribution/vague-attribution", "info"),  # Analysts will assess
        (54, 65, "attribution/unattributed-statistic", "warning"),  # totaled $115 billion, accounting for 20 %
        (75, 18, "attribution/vague-attribution", "warning"),  # Early estimates project
        (76, 49, "attribution/unattributed-statistic", "warning"),  # is expected to generate 12,000 … jobs
        (86, 128, "attribution/unattributed-statistic", "warning"),  # potentially capturing a 15 % share
        (88, 3, "sourcing/unsourced-expert-quote", "error"),  # Dr. Kim …, International Relations Scholar, …
        (89, 3, "sourcing/unsourced-expert-quote", "error"),  # Li Wei, Senior Analyst, …
        (93, 35, "attribution/vague-attribution", "info"),  # Critics argue
    ]
    source = FARM_SEED.read_text(encoding="utf-8")
    by_line = {f.line: source[f.src_start : f.src_end] for f in result.findings}
    assert by_line[54].startswith("totaled $115 billion") and by_line[54].endswith("20 %")
    assert by_line[76].startswith("is expected to generate 12,000") and by_line[76].endswith("jobs")
    assert by_line[86].startswith("potentially capturing a 15") and by_line[86].endswith("share")
    assert by_line[88].startswith("Dr. Kim") and by_line[88].endswith("”")
    assert result.metrics["attribution_share"] < 0.5


def test_wire_story_is_silent():
    result, found = _found(WIRE_SEED)
    assert found == []
    assert result.metrics["attribution_share"] >= 0.9  # one "is expected to" framed by the reporter
