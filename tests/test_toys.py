"""Toy maths against reference computations; hostile values give ToyInputError, never a crash."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from model.evaluation.speed import ARCHS, measure, measure_in_subprocess, structure
from model.networks.toys import (
    MH_SENTENCE,
    ToyInputError,
    decaying_share,
    head_pattern,
    mh_default_heads,
    mh_features,
    qkv_stages,
    renormalise_rows,
    rotation_keeps_norm,
    similarity,
    sqrt_d_statistics,
    toy_from_head,
)


@pytest.mark.parametrize("causal", [False, True])
def test_qkv_stages_match_torch(causal):
    rng = np.random.default_rng(0)
    x, wq, wk, wv = rng.normal(size=(5, 3)), rng.normal(size=(3, 3)), rng.normal(size=(3, 3)), rng.normal(size=(3, 3))
    s = qkv_stages(x, wq, wk, wv, causal=causal)
    q, k, v = (torch.tensor(x @ w)[None, None] for w in (wq, wk, wv))
    ref = F.scaled_dot_product_attention(q, k, v, is_causal=causal)[0, 0].numpy()
    assert np.allclose(s["output"], ref, atol=1e-6)
    assert np.allclose(s["weights"].sum(1), 1)
    assert np.allclose(s["scaled"], s["scores"] / np.sqrt(3))


def test_temperature_sharpens_and_unscaled_is_sharper():
    rng = np.random.default_rng(1)
    x, w = rng.normal(size=(4, 4)), rng.normal(size=(4, 4)) * 3
    hot = qkv_stages(x, w, w, w, temperature=5.0)["weights"].max(1).mean()
    cold = qkv_stages(x, w, w, w, temperature=0.2)["weights"].max(1).mean()
    assert cold > hot


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf, 1e9])
def test_hostile_matrix_values_are_refused(bad):
    x = np.ones((3, 2))
    x[1, 1] = bad
    with pytest.raises(ToyInputError):
        qkv_stages(x, np.eye(2), np.eye(2), np.eye(2))


def test_shape_and_type_errors_are_refused():
    with pytest.raises(ToyInputError):
        qkv_stages(np.ones((3, 2)), np.eye(3), np.eye(2), np.eye(2))
    with pytest.raises(ToyInputError):
        qkv_stages([["a", "b"], ["c", "d"]], np.eye(2), np.eye(2), np.eye(2))
    with pytest.raises(ToyInputError):
        renormalise_rows([[0.0, 0.0], [1.0, 2.0]])


def test_sqrt_d_statistics_are_measured_correctly():
    s = sqrt_d_statistics(dims=(4, 256), n_keys=8, trials=400, seed=3)
    assert s["std_raw"][1] / s["std_raw"][0] == pytest.approx(8, rel=0.15)      # √(256/4) = 8
    assert s["std_scaled"][0] == pytest.approx(1, rel=0.15) and s["std_scaled"][1] == pytest.approx(1, rel=0.15)
    assert s["entropy_raw"][1] < s["entropy_scaled"][1] and s["max_raw"][1] > s["max_scaled"][1]
    rng = np.random.default_rng(3)    # reference: the same draws, scored one query at a time
    for i, d in enumerate((4, 256)):
        q, k = rng.standard_normal((400, 1, d)), rng.standard_normal((400, 8, d))
        dots = np.array([[float(q[t, 0] @ k[t, j]) for j in range(8)] for t in range(400)])
        assert s["std_raw"][i] == pytest.approx(dots.std(), rel=1e-9)
        weights = np.exp(dots / np.sqrt(d) - (dots / np.sqrt(d)).max(1, keepdims=True))
        weights /= weights.sum(1, keepdims=True)
        assert s["max_scaled"][i] == pytest.approx(weights.max(1).mean(), rel=1e-9)


def test_decaying_share_matches_a_real_rnn_loop():
    lam, d, L = 0.8, 6, 20
    s = decaying_share(lam, hidden=d, max_len=L, trials=200)
    assert np.allclose(s["share"], s["closed_form"], atol=0.02)
    rng = np.random.default_rng(1)                      # reference: run the RNN with matrices
    r, _ = np.linalg.qr(rng.standard_normal((d, d)))
    ref = np.zeros(L)
    for _ in range(200):
        xs = rng.standard_normal((L, d))
        contrib = []
        for t in range(L):
            contrib = [lam * r @ c for c in contrib] + [xs[t]]
            norms = [np.linalg.norm(c) for c in contrib]
            ref[t] += norms[0] / sum(norms) / 200
    assert np.allclose(s["share"], ref, atol=0.03)
    assert abs(rotation_keeps_norm()) < 1e-9
    assert s["share"][0] == pytest.approx(1.0) and s["share"][-1] < 0.01
    with pytest.raises(ToyInputError):
        decaying_share(float("nan"))


def test_hand_set_heads_do_what_they_say():
    x = mh_features()
    heads = mh_default_heads()
    syn = head_pattern(x, *heads["syntax"])
    pro = head_pattern(x, *heads["pronoun → antecedent"])
    pos = head_pattern(x, *heads["position"])
    t = MH_SENTENCE
    assert t[syn[t.index("the")].argmax()] == "report"
    assert t[pro[t.index("he")].argmax()] == "ravi"
    assert all(pos[i].argmax() == i - 1 for i in range(1, len(t)))


def test_similarity_and_real_head_fit():
    a = np.eye(4)
    assert similarity(a, a) == pytest.approx(1.0)
    assert similarity(a, np.roll(a, 1, axis=1)) < 0.01
    rng = np.random.default_rng(0)
    q, k = rng.normal(size=(4, 24)), rng.normal(size=(4, 24))
    x, wq, wk, wv = toy_from_head(q, k, 4)
    real = np.exp(q @ k.T / np.sqrt(24))
    real /= real.sum(1, keepdims=True)
    assert np.allclose(qkv_stages(x, wq, wk, wv)["weights"], real, atol=1e-6)   # rank 4 = n: exact


def test_speed_measurement_shape_and_step_counts():
    rows = measure(lengths=(2, 4), batches=(2,), d=16, heads=2, repeats=1)
    assert {(r["arch"], r["n"]) for r in rows} == {(a, n) for a in ARCHS for n in (2, 4)}
    assert {r["batch"] for r in rows} == {2} and {r["mode"] for r in rows} == {"forward"}
    train = measure(lengths=(3,), batches=(1,), d=16, heads=2, repeats=1, backward=True)
    assert {r["mode"] for r in train} == {"forward + backward"} and len(train) == len(ARCHS)
    steps = [structure(n) for n in (1, 2, 8, 64)]
    assert [s["gru_steps"] for s in steps] == [1, 2, 8, 64] and {s["attn_steps"] for s in steps} == {1}
    assert [s["gru_path"] for s in steps] == [0, 1, 7, 63] and [s["attn_path"] for s in steps] == [0, 1, 1, 1]


@pytest.mark.slow
def test_speed_runs_in_a_child_process_and_leaves_our_threads_alone():
    before = torch.get_num_threads()
    rows = measure_in_subprocess(threads=1 if before > 1 else 2, lengths=(4, 8), batches=(1,), repeats=1)
    assert sorted({r["n"] for r in rows}) == [4, 8] and {r["threads"] for r in rows} == {1 if before > 1 else 2}
    assert torch.get_num_threads() == before


def test_speed_summary_states_what_the_rows_show():
    from model.evaluation.claims import speed_summary

    rows = [{"arch": a, "n": 64, "batch": 32, "mode": m, "threads": t, "ms": ms}
            for (a, m, t, ms) in [("gru_fused", "forward", 1, 2.0), ("gru_steps", "forward", 1, 9.0),
                                  ("attention", "forward", 1, 3.0), ("gru_fused", "forward", 2, 1.9),
                                  ("gru_steps", "forward", 2, 8.8), ("attention", "forward", 2, 1.6),
                                  ("gru_fused", "forward + backward", 1, 6.0), ("gru_steps", "forward + backward", 1, 30.0),
                                  ("attention", "forward + backward", 1, 8.0), ("gru_fused", "forward + backward", 2, 5.0),
                                  ("gru_steps", "forward + backward", 2, 29.0), ("attention", "forward + backward", 2, 4.0)]]
    text = " ".join(speed_summary(rows))
    assert "fastest here: one self-attention layer." in text                  # 1.6 ms beats 1.9 and 8.8
    assert "one self-attention layer gains most from more parallel lanes" in text   # 8/4 = 2.0× is the largest gain
    assert "takes 5.5× as long as the attention layer" in text                # 8.8 / 1.6
    rows[5]["ms"] = 2.5                                                      # now the fused GRU wins with 2 threads
    assert "fastest here: GRU, fused (C++ loop)." in " ".join(speed_summary(rows))
