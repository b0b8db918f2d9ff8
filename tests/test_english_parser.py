"""The English backbone: categories, one parse per sentence, readable structural failures."""

import pytest

from model.language.english_grammar import backbone, parse_count, word_category
from model.language.forms import english_vocabulary
from model.language.generator import sample_pairs
from model.language.parser import NotInLanguage
from model.language.seeds import SEED_ENGLISH


def test_the_backbone_has_one_parse_per_sentence():
    assert parse_count(SEED_ENGLISH.split()) == 1
    for _, pair in sample_pairs(40, 8, 3, 45):
        assert parse_count(pair.tgt) == 1


def test_every_english_word_has_a_category():
    assert all(word_category(w) for w in english_vocabulary())


@pytest.mark.parametrize("text,fragment", [
    ("the boy gave the book to .", "the sentence is unfinished: it ends too early after 'to'"),
    ("came the boy .", "cannot start with 'came'"),
    ("ravi came . priya sang .", "type one sentence at a time"),
    ("the the boy came .", "cannot continue at word 2 ('the'); expected an adjective or a noun"),
])
def test_structural_failures_say_where(text, fragment):
    with pytest.raises(NotInLanguage) as err:
        backbone(text.split())
    assert fragment in str(err.value)
