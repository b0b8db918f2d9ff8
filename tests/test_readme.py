"""The README's language examples are read from the grammar, not typed: each parses to exactly the
romanization, gloss and English the README shows, and there are as many as it says."""

import re

from model.language.glosses import gloss
from model.language.parser import parse
from tests.conftest import ROOT

WORDS = {"ten": 10, "nine": 9, "eleven": 11, "twelve": 12}


def readme_examples() -> tuple[int, list[tuple[str, str, str, str]]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    announced = re.search(r"\*\*(\w+) example pairs\*\*", text)
    found = re.findall(r"^\d+\. `([^`]+)`\s*\n\s+\*([^*]+)\*\s*\n\s+gloss: (.+?)\s*\n\s+→ \*\*(.+?)\*\*", text, re.M)
    return WORDS[announced.group(1).lower()], found


def test_readme_announces_as_many_examples_as_it_lists():
    announced, found = readme_examples()
    assert len(found) == announced == 10


def test_each_readme_example_is_what_the_grammar_says():
    _, found = readme_examples()
    for tamil, roman, glossed, english in found:
        pair = parse(tamil).pair
        assert " ".join(pair.src) == tamil                       # already in the standard spelling
        assert " ".join(pair.roman) == roman
        assert " ".join(gloss(w) for w in pair.src) == glossed
        assert " ".join(pair.tgt) == english
