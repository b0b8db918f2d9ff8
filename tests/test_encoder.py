"""The mini encoder: attention against PyTorch's reference, head masks, head-role scoring, encode."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from model.errors import InputError
from model.evaluation.heads import score_heads
from model.networks.encoder import EncoderConfig, MiniEncoder, scaled_dot_product_attention
from model.runners.encoder_runner import EncoderRunner


@pytest.mark.parametrize("causal", [False, True])
def test_attention_matches_torch_reference(causal):
    torch.manual_seed(0)
    q, k, v = (torch.randn(2, 4, 9, 8) for _ in range(3))
    mask = torch.ones(9, 9, dtype=torch.bool).tril() if causal else None
    out, w = scaled_dot_product_attention(q, k, v, mask)
    ref = F.scaled_dot_product_attention(q, k, v, is_causal=causal)
    assert torch.allclose(out, ref, atol=1e-5)
    assert torch.allclose(w.sum(-1), torch.ones(2, 4, 9), atol=1e-6)


def test_model_attention_rows_sum_to_one_and_masked_head_contributes_nothing():
    torch.manual_seed(0)
    cfg = EncoderConfig(vocab=30, d_model=32, heads=4, layers=2, dropout=0.0)
    model = MiniEncoder(cfg).eval()
    ids = torch.randint(3, 30, (2, 7))
    _, att = model(ids, causal=True)
    assert att.shape == (2, 2, 4, 7, 7)
    assert torch.allclose(att.sum(-1), torch.ones(2, 2, 4, 7), atol=1e-5)
    attn = model.blocks[0].attn
    x = torch.randn(1, 7, 32)
    hm = torch.tensor([1.0, 0.0, 1.0, 1.0])
    y_masked, _ = attn(x, None, hm)
    with torch.no_grad():
        saved = attn.qkv.weight.clone()
        attn.qkv.weight[2 * 32 + 8: 2 * 32 + 16] = torch.randn(8, 32)   # head 2's value rows
        y_changed, _ = attn(x, None, hm)
        attn.qkv.weight.copy_(saved)
    assert torch.allclose(y_masked, y_changed, atol=1e-6)


def test_causal_outputs_do_not_depend_on_later_words():
    """What the causal flag is for, checked on the outputs rather than on the mask it sets: changing the
    words after position i leaves every output up to i unchanged under the causal mask (and changes them
    without it)."""
    torch.manual_seed(0)
    model = MiniEncoder(EncoderConfig(vocab=30, d_model=32, heads=4, layers=2, dropout=0.0)).eval()
    ids = torch.randint(3, 30, (1, 9))
    later = ids.clone()
    later[0, 5:] = torch.randint(3, 30, (4,))
    later[0, 5] = 3 if ids[0, 5] != 3 else 4                         # at least one word differs
    for maps in (True, False):                                       # both attention paths (maps kept or fused)
        with torch.no_grad():
            causal = model(ids, causal=True, need_attention=maps)[0]
            causal_later = model(later, causal=True, need_attention=maps)[0]
            full, full_later = model(ids, need_attention=maps)[0], model(later, need_attention=maps)[0]
        assert torch.allclose(causal[0, :5], causal_later[0, :5], atol=1e-5)
        assert not torch.allclose(causal[0, 5:], causal_later[0, 5:], atol=1e-3)
        assert not torch.allclose(full[0, :5], full_later[0, :5], atol=1e-3)


def test_encoder_checkpoint_round_trip_gives_the_in_memory_models_attention(tiny_dir, tmp_path):
    """A model with fresh weights, saved and loaded back, computes exactly what the model in memory does."""
    from model.checkpoints import checkpoint_path, load_checkpoint, save_checkpoint

    template = load_checkpoint(checkpoint_path("encoder", tiny_dir))
    torch.manual_seed(11)
    model = MiniEncoder(EncoderConfig(**template["config"])).eval()
    save_checkpoint({**template, "state_dict": model.state_dict()}, checkpoint_path("encoder", tmp_path))
    loaded, old = EncoderRunner.load(tmp_path), EncoderRunner(template)
    toks = "the report is ready .".split()
    ids = torch.tensor([loaded.vocab.encode(toks)])
    with torch.no_grad():
        expected = model(ids)[1][0].numpy()
    assert np.array_equal(loaded.attention_maps(toks), expected)
    assert not np.allclose(old.attention_maps(toks), expected)


def test_queries_keys_reproduce_the_encoders_own_attention():
    """``queries_keys`` recomputes one head's queries and keys outside the forward pass (the Q·K·V toy
    loads them); softmax(q kᵀ / √d) must be the attention the encoder's forward returns, for every head."""
    from benchmarks.sentences import ENGLISH_40

    runner = EncoderRunner.load()
    tokens = runner.tokens(ENGLISH_40)[0]
    att = runner.attention_maps(tokens)
    for layer in range(runner.cfg.layers):
        for head in range(runner.cfg.heads):
            q, k = runner.queries_keys(tokens, layer, head)
            scores = q @ k.T / np.sqrt(q.shape[1])
            weights = np.exp(scores - scores.max(1, keepdims=True))
            weights /= weights.sum(1, keepdims=True)
            assert np.allclose(weights, att[layer, head], atol=1e-5), (layer, head)


def test_head_scoring_on_a_hand_made_pattern():
    # 4 tokens: "the report is ready"; det 0->1, nsubj 1->3, cop 2->3, agr 2->1
    rels = [[0, 1, "det"], [1, 3, "nsubj"], [2, 3, "cop"], [2, 1, "agr"]]
    att = np.zeros((1, 2, 4, 4))
    att[0, 0, [0, 1, 2, 3], [1, 3, 1, 2]] = 1        # head 0: det ✓, nsubj ✓, agr ✓
    att[0, 1, np.arange(4), np.maximum(np.arange(4) - 1, 0)] = 1   # head 1: previous token
    r = score_heads([att], [rels])["relations"]
    assert r["det"]["accuracy"][0] == [1.0, 0.0]
    assert r["nsubj"]["accuracy"][0] == [1.0, 0.0] and r["agr"]["accuracy"][0] == [1.0, 1.0]
    assert r["prev"]["accuracy"][0][1] == 1.0 and r["prev"]["baseline_accuracy"] == 1.0
    assert r["det"]["baseline_offset"] == 1


def test_encode_handles_unknown_and_hostile_input(tiny_dir):
    runner = EncoderRunner.load(tiny_dir)
    out = runner.as_json("The REPORT is zzqx ready.")
    assert out["tokens"] == ["the", "report", "is", "zzqx", "ready", "."] and out["unknown"] == ["zzqx"]
    L, H = runner.cfg.layers, runner.cfg.heads
    assert np.array(out["attention"]).shape == (L, H, 6, 6)
    for bad in ("", "\u200b", "<b></b>", "x" * 5000, "😀 🚀"):
        with pytest.raises(InputError):
            runner.as_json(bad)


@pytest.mark.parametrize("causal", [False, True])
def test_fill_each_in_chunks_without_maps_matches_one_batch_with_maps(causal, monkeypatch):
    """``fill_each`` runs the masked copies in chunks, without attention maps (fused attention);
    the guesses must equal one full batch through the map-keeping path, also with heads off."""
    import model.runners.encoder_runner as er
    from benchmarks.sentences import ENGLISH_40
    from model.networks.vocab import MASK

    runner = er.EncoderRunner.load()
    tokens = runner.tokens(ENGLISH_40)[0]
    T = len(tokens)
    off = torch.ones(runner.cfg.layers, runner.cfg.heads)
    off[2, 2] = 0
    monkeypatch.setattr(er, "FILL_CELLS", runner.cfg.heads * T * T * 5)      # chunks of 5 copies
    for head_mask in (None, off):
        ids = torch.tensor(runner.vocab.encode(tokens)).repeat(T, 1)
        ids[torch.arange(T), torch.arange(T)] = runner.vocab.id(MASK)
        with torch.inference_mode():
            logits, att = runner.model(ids, causal=causal, head_mask=head_mask)
        p, i = torch.softmax(logits[torch.arange(T), torch.arange(T)], -1).max(-1)
        got = runner.fill_each(tokens, head_mask, causal)
        assert att.shape == (T, runner.cfg.layers, runner.cfg.heads, T, T)
        assert [w for w, _ in got] == [runner.vocab.itos[j] for j in i.tolist()]
        assert torch.allclose(torch.tensor([q for _, q in got]), p, atol=1e-5)
    with torch.inference_mode():
        assert runner.model(ids[:1], need_attention=False)[1] is None


def test_english_input_is_capped_where_asked():
    from benchmarks.sentences import ENGLISH_40
    from model.runners.encoder_runner import EncoderRunner

    runner = EncoderRunner.load()
    tokens, _, _, notes = runner.tokens(" ".join([ENGLISH_40] * 3), limit=80)
    assert len(tokens) == 80 and any("only the first 80" in n for n in notes)
    assert len(runner.tokens(" ".join([ENGLISH_40] * 5))[0]) == runner.cfg.max_positions


def test_head_scoring_takes_the_better_direction():
    # "the report is ready": det 0->1; a head that looks from the noun back to its determiner scores det head→dep
    rels = [[0, 1, "det"], [1, 3, "nsubj"], [2, 3, "cop"]]
    att = np.zeros((1, 1, 4, 4))
    att[0, 0, [0, 1, 2, 3], [0, 0, 2, 1]] = 1                       # report → the; ready → report
    r = score_heads([att], [rels])["relations"]
    assert r["det"]["direction"] == "head→dep" and r["det"]["best_accuracy"] == 1.0
    assert r["det"]["directions"]["dep→head"]["best_accuracy"] == 0.0
    assert r["nsubj"]["direction"] == "head→dep" and r["nsubj"]["best_accuracy"] == 1.0


def test_specificity_compares_the_best_head_with_others():
    from model.evaluation.masked import specificity

    heads = {"relations": {"agr": {"n": 10, "best_layer": 1, "best_head": 0}}}
    ablation = {"agr": [[0.9, 0.9], [0.5, 0.88]]}
    out = specificity({"heads": heads, "masked": {"agr": {"accuracy": 0.9}}, "ablation": ablation}, others=3)
    assert out["agr"]["drop_best"] == pytest.approx(0.4)
    assert out["agr"]["drop_others"] == pytest.approx((0.0 + 0.0 + 0.02) / 3)


def test_the_causal_checkpoint_predicts_left_to_right():
    """The committed left-to-right model's guess for a word never depends on the words after it, and its
    checkpoint carries the metrics the pages read (not any particular learned value)."""
    runner = EncoderRunner.load(name="causal")
    assert runner.causal and not EncoderRunner.load().causal
    toks = "the reports that the client requested are ready .".split()
    other = "the reports that the manager wrote were ready .".split()
    guesses, other_guesses = runner.guess_each(toks), runner.guess_each(other)
    assert guesses[0] == ("", 0.0) and len(guesses) == len(toks)
    assert guesses[:5] == other_guesses[:5]                               # same first four words
    m = runner.payload["metrics"]
    assert m["masked"]["all"]["n"] > 0 and {"masked", "heads", "specificity"} <= set(m)
    assert all(0 <= r["best_accuracy"] <= 1 for r in m["heads"]["relations"].values())


def test_the_encoder_reads_at_most_its_cap(tiny_dir):
    runner = EncoderRunner.load(tiny_dir)
    tokens, _, _, notes = runner.tokens(" ".join(["the report is ready ."] * 60))
    assert len(tokens) == runner.cfg.max_positions and any("only the first" in n for n in notes)
