"""The alignment page on a translator that reads pieces: the main map speaks in words (each word's
column the sum of its pieces), and the switch shows the pieces themselves."""

import numpy as np

from benchmarks.sentences import SEED_SOURCE as SEED
from model.networks.units import sum_to_words
from tests.test_app import figures, no_exception, open_page


def test_the_piece_view_sums_back_to_the_word_map():
    import torch

    from model.runners.translator import Translator

    tr = Translator.load("attention")
    t = tr.translate(SEED)
    assert tr.units.pieces, "the committed attention model reads sub-word pieces"
    at = open_page("pages/alignment.py")
    no_exception(at)
    assert any("pieces" in c.value and "sum of its pieces" in c.value for c in at.caption)
    words = np.array(figures(at)[0]["data"][0]["z"])
    at.toggle(key="al_pieces").set_value(True).run()
    no_exception(at)
    shown = [f for f in figures(at) if "pieces" in str(f["layout"].get("title"))]
    assert len(shown) == 1
    pieces = np.array(shown[0]["data"][0]["z"])
    assert pieces.shape == (len(t.tgt), len(t.pieces)) and len(shown[0]["data"][0]["x"]) == len(t.pieces)
    summed = sum_to_words(torch.tensor(pieces), t.owner, len(t.src)).numpy()
    assert np.allclose(summed, words, atol=1e-5)
