"""The seq2seq pair: attention maths against references, invariances, checkpoints, training, evaluation."""

import numpy as np
import pytest
import torch

from model.checkpoints import checkpoint_path, load_checkpoint
from model.errors import InputError
from model.language.tokenizer import tokenize_source
from model.networks.seq2seq import Seq2Seq, Seq2SeqConfig, additive_attention
from model.networks.units import norm_to_words
from model.runners.translator import Translator


def test_additive_attention_equals_naive_loop():
    torch.manual_seed(0)
    B, S, A, D = 3, 7, 5, 4
    query, keys, values, v = torch.randn(B, A), torch.randn(B, S, A), torch.randn(B, S, D), torch.randn(A)
    mask = torch.ones(B, S, dtype=torch.bool)
    mask[1, 5:] = False
    ctx, w = additive_attention(query, keys, values, mask, v)
    for b in range(B):
        n = int(mask[b].sum())
        scores = torch.tensor([float(v @ torch.tanh(query[b] + keys[b, j])) for j in range(n)])
        ref = torch.softmax(scores, 0)
        assert torch.allclose(w[b, :n], ref, atol=1e-6)
        assert torch.allclose(ctx[b], sum(ref[j] * values[b, j] for j in range(n)), atol=1e-6)


def test_rows_sum_to_one_and_padding_gets_zero():
    torch.manual_seed(1)
    model = Seq2Seq(Seq2SeqConfig(src_vocab=20, tgt_vocab=15)).eval()
    src = torch.tensor([[3, 4, 5, 6, 0, 0], [3, 4, 5, 6, 7, 8]])
    _, att = model(src, torch.tensor([[2, 5, 6], [2, 7, 8]]))
    assert torch.allclose(att.sum(-1), torch.ones(2, 3), atol=1e-6)
    assert torch.all(att[0, :, 4:] == 0)


def test_plain_decoder_ignores_non_final_encoder_states():
    torch.manual_seed(2)
    model = Seq2Seq(Seq2SeqConfig(src_vocab=20, tgt_vocab=15, attention=False)).eval()
    src, tgt_in = torch.tensor([[3, 4, 5, 6]]), torch.tensor([[2, 5, 6, 7]])
    enc = model.source_states(src)
    scrambled = type(enc)(states=torch.randn_like(enc.states), keys=None, summary=enc.summary, mask=enc.mask,
                          init=enc.init)
    s1 = s2 = enc.init
    y = tgt_in[:, 0]
    for _ in range(3):
        l1, s1, _ = model.step(enc, y, s1)
        l2, s2, _ = model.step(scrambled, y, s2)
        assert torch.equal(l1, l2)


def test_checkpoint_round_trip_gives_the_in_memory_models_logits(tiny_dir, tmp_path):
    """A model with fresh weights, saved and loaded back, computes exactly what the model in memory
    computes (and not what the checkpoint it was modelled on computes)."""
    from model.checkpoints import save_checkpoint

    for name in ("plain", "attention"):
        template = load_checkpoint(checkpoint_path(name, tiny_dir))
        torch.manual_seed(11)
        model = Seq2Seq(Seq2SeqConfig(**template["config"])).eval()
        save_checkpoint({**template, "state_dict": model.state_dict()}, checkpoint_path(name, tmp_path))
        loaded, old = Translator.load(name, tmp_path), Translator(template)
        src = loaded.ids(["அந்த", "ரிப்போர்ட்", "வந்தது", "."])
        t_in = torch.tensor([[loaded.bos, 3, 4]])
        with torch.no_grad():
            expected = model(src, t_in)[0]
            assert torch.equal(loaded.model(src, t_in)[0], expected)
            assert not torch.allclose(old.model(src, t_in)[0], expected)
        assert loaded.payload["history"] == template["history"] and loaded.payload["src_vocab"][:2] == ["<pad>", "<unk>"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["plain", "attention"])
def test_training_overfits_a_handful_of_pairs(tmp_path, name):
    """A few pairs seen many times: the training loss must fall to a small fraction of its start
    (with a learning rate of 0 it stays where it started, and this test fails)."""
    from model.language.generator import sample_pairs
    from model.training.seq2seq import TrainConfig, train_seq2seq

    pairs = [p for _, p in sample_pairs(8, 5, 3, 8, split="train")]
    cfg = TrainConfig(batch=8, epochs_plain=60, epochs_attention=60, lr_plain=1e-2, lr_attention=1e-2, snapshot_every=10**6)
    payload = train_seq2seq(name, cfg, out_dir=tmp_path, data=(pairs, pairs[:2]), progress=False)
    losses = [row["train_loss"] for row in payload["history"]]
    assert losses[-1] < 0.2 * losses[0], (losses[0], losses[-1])
    assert payload["meta"]["train_pairs"] == 8


def test_beam_top_words_are_the_models_next_word_distribution(tiny_dir):
    """Beam search records each step's top-k from its own hypothesis: the same numbers a replay of the
    decoder over that prefix gives."""
    tr = Translator.load("attention", tiny_dir)
    src = ["நாளைக்குள்", "அந்த", "ரிப்போர்ட்டை", "அனுப்ப", "முடியுமா", "?"]
    t = tr.translate_tokens(src, beam=4, k=5)
    assert len(t.topk) == len(t.tgt) == len(t.attention)
    for i in range(len(t.tgt)):
        replay = tr.next_token(src, t.tgt[:i], None, k=5)
        assert [w for w, _ in replay] == [w for w, _ in t.topk[i]]
        assert all(abs(p - q) < 1e-5 for (_, p), (_, q) in zip(replay, t.topk[i]))


def test_evaluate_returns_every_bucket(tiny_dir):
    """Every length bucket and the hard categories it is given are evaluated and stored in the file
    (a two-category, two-sentence hard set: the real one is drawn by ``python -m model evaluate``)."""
    from model.evaluation.hard import CATEGORIES
    from model.evaluation.lengths import buckets, evaluate_and_store, test_sets, unseen_name_set

    sets = {k: v[:4] for k, v in test_sets(12, per_bucket=4).items()}
    hard = {name: sets[(6, 10)][:2] for name in list(CATEGORIES)[:2]}
    names = unseen_name_set(4, lexicons=2)          # the real set (200 sentences, 20 lexicons) takes a minute
    m = evaluate_and_store("attention", tiny_dir, sets=sets, hard=hard, names=names, quiet=True)
    assert names and m["unseen_names"]["n"] == len(names)
    assert [(b["lo"], b["hi"]) for b in m["buckets"]] == buckets(12)
    assert all(0 <= b["exact"] <= 1 and 0 <= b["aer"] <= 1 and b["n"] == 4 for b in m["buckets"])
    assert set(m["bottleneck"]) == {f"{lo}-{hi}" for lo, hi in buckets(12)}
    assert set(m["hard"]) == set(hard) and all(r["n"] == 2 and 0 <= r["aer"] <= 1 for r in m["hard"].values())
    assert load_checkpoint(checkpoint_path("attention", tiny_dir))["metrics"]["buckets"] == m["buckets"]


def test_translate_handles_unknown_words_and_hostile_input(tiny_dir):
    tr = Translator.load("attention", tiny_dir)
    t = tr.translate("antha rippoart xyzzy vanthathu .")
    assert "xyzzy" in [t.raw[i] for i in t.unknown] and t.tgt and len(t.attention) == len(t.tgt)
    typed = tokenize_source("antha rippoart xyzzy vanthathu .")
    assert set(t.unknown) == set(typed.unknown) | set(tr.units.unknown(t.src))   # not in the language, or unreadable
    for bad in ("", "   ", "<script>", "😀", "x" * 10_000):
        with pytest.raises(InputError):
            tr.translate(bad)
    long = tr.translate(" ".join(["antha"] * 100))
    assert len(long.src) == 80 and any("first 80" in n for n in long.notes)


def test_intervention_changes_the_next_word_distribution(tiny_dir):
    tr = Translator.load("attention", tiny_dir)
    src = ["நாளைக்குள்", "அந்த", "ரிப்போர்ட்டை", "அனுப்ப", "முடியுமா", "?"]
    own = dict(tr.next_token(src, [], None, k=50))
    forced = dict(tr.next_token(src, [], [0, 0, 0, 0, 0, 1], k=50))
    assert own != forced
    with pytest.raises(InputError):
        tr.next_token(src, [], [float("nan")] * 6)


def test_gradients_have_one_row_per_output_and_column_per_source(tiny_dir):
    tr = Translator.load("plain", tiny_dir)
    g = tr.gradients(["ரவி", "வந்தான்", "."], ["ravi", "came", "."])
    assert g.shape == (3, 3) and torch.all(g >= 0) and g.sum() > 0


def test_decoding_is_bounded_by_the_source_length():
    torch.manual_seed(3)
    model = Seq2Seq(Seq2SeqConfig(src_vocab=20, tgt_vocab=15)).eval()
    src = torch.tensor([[3, 4, 5, 6, 7], [3, 4, 0, 0, 0]])
    res = model.greedy(src, bos=2, stop=set(), k=1)                 # a stop token that never comes
    assert [len(r["ids"]) for r in res] == [model.out_bound(5), model.out_bound(2)]
    assert all(r["cut"] for r in res) and model.out_bound(5) == 2 * 5 + 10
    beam = model.beam(src[:1], bos=2, stop=set(), width=3)
    assert len(beam["ids"]) <= model.out_bound(5) and beam["cut"]


@pytest.mark.slow
def test_gold_english_fits_the_bound():
    from model.language.generator import sample_pairs

    cfg = Seq2SeqConfig(src_vocab=2, tgt_vocab=2)
    # the training lengths, and a hundred past them (drawing beyond 75 tokens takes minutes)
    pairs = [p for _, p in sample_pairs(2000, 4, 3, 60)] + [p for _, p in sample_pairs(100, 4, 61, 75)]
    assert all(len(p.tgt) <= cfg.out_per_src * len(p.src) + cfg.out_slack for p in pairs)


def test_unfinished_input_gets_its_final_punctuation_with_a_note(tiny_dir):
    tr = Translator.load("attention", tiny_dir)
    t = tr.translate("ravi vandhaan")
    assert t.src == ["ரவி", "வந்தான்", "."] and any("added the final '.'" in n for n in t.notes)
    assert len(t.tgt) <= tr.model.out_bound(len(t.src))


def test_words_written_while_attending_to_unknown_words_are_marked(tiny_dir):
    from model.runners.translator import unreliable_rows

    att = [[0.1, 0.8, 0.1], [0.6, 0.0, 0.4], [0.3, 0.3, 0.4]]
    assert unreliable_rows(att, [1]) == [0] and unreliable_rows(att, [0, 1]) == [0, 1, 2]
    assert unreliable_rows(att, []) == []
    tr = Translator.load("attention", tiny_dir)
    t = tr.translate_tokens(["xyzzy", "ரவி", "xyzzy", "."], unknown=[0, 2])
    assert t.unreliable == [i for i in unreliable_rows(t.attention, [0, 2]) if i not in t.copied]   # a copied name is read


def test_bottleneck_share_is_each_words_gradient_from_its_gold_source(tiny_dir):
    from model.evaluation.lengths import POSITION_BINS, bottleneck
    from model.language.generator import sample_pairs

    tr = Translator.load("plain", tiny_dir)
    pairs = [p for _, p in sample_pairs(3, 8, 6, 10, split="test")]
    out = bottleneck(tr, {(6, 10): pairs}, per_bucket=3, rows=100)["6-10"]
    g = [tr.gradients(p.src, p.tgt).numpy() for p in pairs]
    shares = [g[k][i, p.align[i]].sum() / g[k][i].sum() for k, p in enumerate(pairs) for i in range(len(p.tgt))]
    assert out["own_share"] == pytest.approx(float(np.mean(shares)), rel=1e-5)
    assert len(out["by_position"]) == POSITION_BINS and 0 < out["own_share"] < 1


@pytest.mark.slow
def test_batched_gradients_match_one_backward_pass_per_output_word():
    """``source_gradients`` copies the sentence once per output word and runs one backward pass per
    chunk of copies; it must give exactly what one backward pass per output word gives."""
    from benchmarks.sentences import SOURCE_40

    for name in ("plain", "attention"):
        tr = Translator.load(name)
        t = tr.translate(SOURCE_40)
        src, tgt = tr.ids(t.src), torch.tensor([tr.tgt_vocab.encode(t.tgt)])
        with torch.enable_grad():
            emb = tr.model.src_emb(src).detach().requires_grad_(True)
            logits, _ = tr.model(src, torch.cat([torch.tensor([[tr.bos]]), tgt[:, :-1]], 1), embedded=emb)
            chosen = logits[0].gather(1, tgt[0].unsqueeze(1)).squeeze(1)
            ref = torch.stack([torch.autograd.grad(chosen[i], emb, retain_graph=True)[0][0].norm(dim=-1)
                               for i in range(len(chosen))])
        words = norm_to_words(ref, t.owner, len(t.src))                      # a word's pieces together
        assert torch.allclose(tr.gradients(t.src, t.tgt), words, rtol=1e-4, atol=1e-6)
        assert torch.allclose(tr.gradients(t.src, t.tgt, steps=1), words[:1], rtol=1e-4, atol=1e-6)
        chunked = tr.model.source_gradients(src, tgt, tr.bos, cells=5 * tgt.size(1) * src.size(1) * 128)
        assert torch.allclose(chunked, ref, rtol=1e-4, atol=1e-6)           # chunks of 5 copies
