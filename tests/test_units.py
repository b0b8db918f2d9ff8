"""Sub-word source units (``model.networks.units``) and names carried across by attention
(``model.language.names``): segmentation round trip, unseen inflections, word-level aggregation."""

import pytest
import torch

from model.language.generator import sample_pairs
from model.language.names import NAME, copy_names, english_name, name_english, name_stem, synthetic_names
from model.networks.units import SourceUnits, norm_to_words, spread_to_pieces, sum_to_words, train_pieces


@pytest.fixture(scope="module")
def units():
    """Pieces learned from sentences without any form of போ/செல் in the future negative."""
    pairs = [p.src for _, p in sample_pairs(600, 3, 3, 30, split="train")]
    pairs = [s for s in pairs if not any("மாட்ட" in w for w in s)] + [["நான்", "வரமாட்டேன்", "."]]
    model = train_pieces(pairs, 400)
    return SourceUnits({"kind": "bpe", "model": model}, SourceUnits.vocabulary(model)), pairs


def test_pieces_spell_each_word_and_belong_to_one_word(units):
    u, pairs = units
    for words in pairs[:200]:
        s = u.split(words)
        assert s.owner == sorted(s.owner) and set(s.owner) == set(range(len(words)))
        assert ["".join(p).replace("▁", "") for p in s.word_pieces(len(words))] == words
        assert all(p.startswith("▁") for p, w, prev in zip(s.pieces, s.owner, [-1, *s.owner]) if w != prev)


def test_an_inflection_never_seen_is_read_from_known_pieces(units):
    u, pairs = units
    seen = {w for s in pairs for w in s}
    unseen = "போகமாட்டேன்"                          # no training word has this form
    assert unseen not in seen
    s = u.split([unseen])
    assert len(s.pieces) > 1 and 1 not in s.ids     # several pieces, none of them <unk>
    assert u.unknown(["நான்", unseen, "."]) == []
    assert u.unknown(["xyz"]) == [0]                # Latin letters never occurred in training
    junk = "கஙசஞடணதநபமயரலவழளறன" * 3                 # more than MAX_PIECES pieces: one <unk>, bounded work
    assert u.split([junk, "."]).pieces[0] == "<unk>" and u.unknown([junk, "."]) == [0]


def test_word_units_are_the_identity():
    from model.networks.vocab import Vocab

    u = SourceUnits(None, Vocab(["<pad>", "<unk>", "அவன்", "."]))
    s = u.split(["அவன்", "வந்தான்", "."])
    assert s.pieces == ["அவன்", "வந்தான்", "."] and s.ids == [2, 1, 3] and s.owner == [0, 1, 2]
    assert not u.pieces and u.spec() == {"kind": "words"}


def test_word_level_aggregation():
    owner = [0, 0, 1, 2, 2, 2]
    att = torch.softmax(torch.randn(4, 6), -1)
    words = sum_to_words(att, owner, 3)
    assert torch.allclose(words.sum(-1), torch.ones(4))
    assert torch.allclose(words[:, 0], att[:, 0] + att[:, 1]) and torch.allclose(words[:, 2], att[:, 3:].sum(-1))
    g = torch.rand(4, 6)
    assert torch.allclose(norm_to_words(g, owner, 3)[:, 1], g[:, 2])
    assert torch.allclose(norm_to_words(g, owner, 3)[:, 0], (g[:, 0] ** 2 + g[:, 1] ** 2).sqrt())
    row = torch.tensor([0.5, 0.2, 0.3])
    spread = spread_to_pieces(row, owner)
    assert torch.allclose(spread, torch.tensor([0.25, 0.25, 0.2, 0.1, 0.1, 0.1]))
    assert torch.allclose(sum_to_words(spread, owner, 3), row)


def test_translator_attention_is_the_sum_of_its_pieces(tiny_dir):
    from model.runners.translator import Translator

    tr = Translator.load("attention", tiny_dir)
    assert tr.units.pieces
    t = tr.translate("நான் நேற்று சென்னைக்குச் சென்றேன் .")
    assert len(t.pieces) > len(t.src) and len(t.piece_attention[0]) == len(t.pieces)
    assert torch.allclose(torch.tensor(t.attention), sum_to_words(torch.tensor(t.piece_attention), t.owner,
                                                                 len(t.src)), atol=1e-6)
    forced = tr.forced_attention([t.src], [t.tgt])[0]
    assert forced.shape == (len(t.tgt), len(t.src))
    assert tr.forced_attention([t.src], [t.tgt], pieces=True)[0].shape == (len(t.tgt), len(t.pieces))


def test_synthetic_names_are_split_once_and_never_lexicon_words():
    from model.language.lexicon import load_lexicon

    train, test = {n for n, _ in synthetic_names("train")}, {n for n, _ in synthetic_names("test")}
    assert len(test) > 500 and not train & test
    words = {n.ta for n in load_lexicon().names.values()} | {n.ta for n in load_lexicon().nouns.values()}
    assert not (train | test) & words


def test_a_name_is_read_back_from_its_case_forms():
    from model.language.inflection import CASES
    from model.language.lexicon import _noun

    for ta, gender in synthetic_names("test")[:60]:
        noun = _noun({"key": "x", "ta": ta, "en": "x", "class": "person", "gender": gender})
        for case in CASES:
            assert name_english(noun.ta_form(case)) == english_name(ta), (ta, case)
    assert name_stem("சென்னைக்குச்") == "சென்னை" and name_english("ரவியை") == "ravi"   # a lexicon name's spelling
    assert english_name("குமார்") == "kumar"


def test_copy_follows_the_attention():
    src = ["அவன்", "குமரேசனுக்குக்", "கடிதம்", "."]
    att = [[0.7, 0.1, 0.1, 0.1], [0.1, 0.8, 0.05, 0.05], [0.0, 0.0, 0.0, 1.0]]
    out, copied = copy_names(["he", NAME, "."], att, src, [1])
    assert out == ["he", "kumaresan", "."] and copied == {1: 1}
    att[1] = [0.1, 0.05, 0.8, 0.05]                          # attending elsewhere copies that word instead
    assert copy_names(["he", NAME, "."], att, src, [1])[0][1] != "kumaresan"
    assert copy_names(["he", NAME, "."], None, src, [1])[0] == ["he", "kumaresan", "."]   # no attention: in order
    assert copy_names(["he", NAME, "."], None, src, [])[0] == ["he", NAME, "."]
