"""``kind: substitution`` in a user's pack: plural matching and phrases that count only in some positions."""

import json
import textwrap

import pytest

from helpers import run_cli
from newslint.yamlrules import YamlRuleError, load_rule_file

PACK = """\
kind: substitution
summary: House replacements.
rationale: The desk's style guide.
inflect: plural
swap: {heart assault: heart attack}
swap-in-context:
  - after: ["'s", a, the]
    swap: {to be freelance: independent}
"""


def _pack(tmp_path, text):
    path = tmp_path / "house" / "wording" / "swaps.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_plurals_and_context_through_the_cli(tmp_path):
    _pack(tmp_path, PACK)
    (tmp_path / ".newslint.yaml").write_text("rule-dirs: [house]\nselect: [wording/swaps]\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(
        "Swaps\nHeart assaults fell. A to be freelance panel met; the board's to be freelance advisers agreed. "
        "She chose to be freelance.\n",
        encoding="utf-8",
    )
    data = json.loads(run_cli("check", "--no-cache", "--format", "json", str(story), cwd=tmp_path).stdout)
    found = [(f["column"], f["end_column"], f["fix"]["replacement"]) for f in data["findings"]]
    assert found == [(1, 15, "Heart attacks"), (24, 39, "independent"), (63, 78, "independent")]


@pytest.mark.parametrize(
    "entry",
    [
        "  - swap: {to be freelance: independent}\n",  # no condition
        "  - after: [a]\n    not-after: [the]\n    swap: {x y: z}\n",  # two conditions
        "  - after: a\n    swap: {x y: z}\n",  # not a list of words
    ],
)
def test_a_context_entry_needs_one_list_of_words(tmp_path, entry):
    path = _pack(tmp_path, PACK.split("swap-in-context:")[0] + "swap-in-context:\n" + entry)
    with pytest.raises(YamlRuleError, match="swap-in-context"):
        load_rule_file(path, tmp_path / "house")
