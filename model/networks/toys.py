"""Exact, hand-editable toy models (numpy): every quantity the toy pages show.

Each function validates its inputs and raises ``ToyInputError`` (a readable message) for NaN,
infinity, wrong shapes or absurd magnitudes, so a page can keep the last valid values.
"""

from __future__ import annotations

import numpy as np

from model.errors import InputError

MAX_ABS = 1e4          # larger entries are "absurd" for a hand-edited toy


class ToyInputError(InputError):
    """A hand-edited value the toy cannot use."""


def check_matrix(m, name: str, shape: tuple[int | None, ...] | None = None) -> np.ndarray:
    """A finite float matrix of the expected shape with |entries| ≤ MAX_ABS."""
    try:
        a = np.asarray(m, dtype=float)
    except (TypeError, ValueError):
        raise ToyInputError(f"{name}: every cell must be a number") from None
    if a.ndim != 2:
        raise ToyInputError(f"{name}: expected a matrix")
    if shape is not None and any(s is not None and s != a.shape[i] for i, s in enumerate(shape)):
        raise ToyInputError(f"{name}: expected shape {shape}, got {a.shape}")
    if a.size == 0:
        raise ToyInputError(f"{name}: the matrix is empty")
    if not np.all(np.isfinite(a)):
        raise ToyInputError(f"{name}: empty, NaN or infinite cells are not allowed")
    if np.abs(a).max() > MAX_ABS:
        raise ToyInputError(f"{name}: values must stay within ±{MAX_ABS:g}")
    return a


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    z = x - np.max(np.where(np.isfinite(x), x, -np.inf), axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


def qkv_stages(x, wq, wk, wv, causal: bool = False, temperature: float = 1.0, scale: bool = True) -> dict:
    """Scaled dot-product attention stage by stage for one head.

    x (n, d_model), wq/wk (d_model, d), wv (d_model, d_v). Returns Q, K, V, scores = Q Kᵀ,
    scaled = scores / √d (or unscaled), masked (−inf above the diagonal when causal),
    weights = softmax(masked / temperature) and output = weights V.
    """
    x = check_matrix(x, "embeddings")
    n, dm = x.shape
    wq, wk = check_matrix(wq, "W_Q", (dm, None)), check_matrix(wk, "W_K", (dm, None))
    wv = check_matrix(wv, "W_V", (dm, None))
    if wq.shape[1] != wk.shape[1]:
        raise ToyInputError("W_Q and W_K need the same number of columns")
    if not np.isfinite(temperature) or not 0.01 <= temperature <= 100:
        raise ToyInputError("temperature must be between 0.01 and 100")
    q, k, v = x @ wq, x @ wk, x @ wv
    scores = q @ k.T
    scaled = scores / np.sqrt(wq.shape[1]) if scale else scores.copy()
    masked = np.where(np.tril(np.ones((n, n), dtype=bool)), scaled, -np.inf) if causal else scaled
    weights = softmax(masked / temperature)
    return {"Q": q, "K": k, "V": v, "scores": scores, "scaled": scaled, "masked": masked,
            "weights": weights, "output": weights @ v}


def sqrt_d_statistics(dims=(4, 8, 16, 32, 64, 128, 256, 512, 1024), n_keys: int = 16, trials: int = 200,
                      seed: int = 0) -> dict:
    """Measured, not assumed: for random unit-variance queries and keys in d dimensions, the spread
    of q·k and the softmax's entropy and largest weight over ``n_keys`` keys, with and without ÷√d."""
    rng = np.random.default_rng(seed)
    out = {"d": list(dims), "std_raw": [], "std_scaled": [], "entropy_raw": [], "entropy_scaled": [],
           "max_raw": [], "max_scaled": [], "entropy_uniform": float(np.log(n_keys)), "trials": trials,
           "n_keys": n_keys}
    for d in dims:
        q = rng.standard_normal((trials, 1, d))
        k = rng.standard_normal((trials, n_keys, d))
        dots = (q * k).sum(-1)                                        # (trials, n_keys)
        for tag, s in (("raw", dots), ("scaled", dots / np.sqrt(d))):
            p = softmax(s)
            out[f"std_{tag}"].append(float(s.std()))
            out[f"entropy_{tag}"].append(float(-(p * np.log(np.clip(p, 1e-300, 1))).sum(-1).mean()))
            out[f"max_{tag}"].append(float(p.max(-1).mean()))
    return out


def decaying_share(lam: float, hidden: int = 8, max_len: int = 60, trials: int = 64, seed: int = 0) -> dict:
    """Linear RNN h_t = λ·R h_{t-1} + x_t with R a random rotation and random inputs x_t.

    For each length n: the share of token 1 in h_n, ‖(λR)^{n-1} x_1‖ / Σ_t ‖(λR)^{n-t} x_t‖, averaged
    over ``trials`` draws. A rotation keeps norms (‖R^m x‖ = ‖x‖), so the share is λ^{n-1}‖x_1‖ over
    Σ_t λ^{n-t}‖x_t‖: the hidden size only changes how much the input norms vary. The closed form
    for equal norms, λ^{n-1} / Σ_k λ^k, is returned beside it."""
    if not np.isfinite(lam) or not 0 <= lam <= 1.5:
        raise ToyInputError("λ must be between 0 and 1.5")
    if not 1 <= int(hidden) <= 256:
        raise ToyInputError("hidden size must be between 1 and 256")
    rng = np.random.default_rng(seed)
    norms = np.linalg.norm(rng.standard_normal((trials, max_len, int(hidden))), axis=-1)   # (trials, L)
    lengths = np.arange(1, max_len + 1)
    shares = np.zeros(max_len)
    for n in lengths:
        decay = lam ** (n - np.arange(1, n + 1))                                          # λ^{n-t}, t = 1..n
        contrib = norms[:, :n] * decay                                                     # (trials, n)
        shares[n - 1] = float(np.mean(contrib[:, 0] / np.maximum(contrib.sum(1), 1e-300)))
    closed = np.array([lam ** (n - 1) / sum(lam ** k for k in range(n)) if lam > 0 else float(n == 1)
                       for n in lengths])
    return {"length": lengths.tolist(), "share": shares.tolist(), "closed_form": closed.tolist()}


def rotation_keeps_norm(hidden: int = 8, power: int = 5, seed: int = 0) -> float:
    """‖R^m x‖ − ‖x‖ for a random rotation R (≈ 0): the fact decaying_share relies on."""
    rng = np.random.default_rng(seed)
    r, _ = np.linalg.qr(rng.standard_normal((hidden, hidden)))
    x = rng.standard_normal(hidden)
    return float(np.linalg.norm(np.linalg.matrix_power(r, power) @ x) - np.linalg.norm(x))


def renormalise_rows(m) -> np.ndarray:
    """Rows scaled to sum to 1 (an alignment or attention matrix edited by hand)."""
    a = check_matrix(m, "alignment")
    if np.any(a < 0):
        raise ToyInputError("alignment weights must be ≥ 0")
    sums = a.sum(1, keepdims=True)
    if np.any(sums <= 0):
        raise ToyInputError(f"row {int(np.argmin(sums)) + 1} is all zeros: give every target word some weight")
    return a / sums


def similarity(a, b) -> float:
    """Similarity of two attention maps: 1 − mean Jensen–Shannon divergence of their rows (base 2),
    so 1 means identical rows and 0 means rows with disjoint support."""
    a, b = np.clip(np.asarray(a, float), 1e-12, 1), np.clip(np.asarray(b, float), 1e-12, 1)
    a, b = a / a.sum(1, keepdims=True), b / b.sum(1, keepdims=True)
    m = (a + b) / 2
    js = 0.5 * (a * np.log2(a / m)).sum(1) + 0.5 * (b * np.log2(b / m)).sum(1)
    return float(1 - js.mean())


def argmax_agreement(a, b) -> float:
    """Share of rows in which two attention maps put their largest weight on the same column — a
    measure that, unlike an average divergence, does not reward diffuse heads."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    return float((a.argmax(1) == b.argmax(1)).mean())


# ---- multi-head by hand ------------------------------------------------------------------------
MH_SENTENCE = "ravi sent the report , and then he called .".split()
MH_FEATURES = ("name", "verb", "det", "noun", "pronoun", "function", "cos", "sin")
_TAGS = {"ravi": "name", "sent": "verb", "the": "det", "report": "noun", "he": "pronoun", "called": "verb"}
POS_ANGLE = 0.5       # radians per position in the (cos, sin) position features


def mh_features(tokens: list[str] = MH_SENTENCE) -> np.ndarray:
    """Hand-made token features: a one-hot word class plus (cos, sin) of the position angle."""
    x = np.zeros((len(tokens), len(MH_FEATURES)))
    for i, t in enumerate(tokens):
        x[i, MH_FEATURES.index(_TAGS.get(t, "function"))] = 1
        x[i, 6], x[i, 7] = np.cos(POS_ANGLE * i), np.sin(POS_ANGLE * i)
    return x


def mh_default_heads() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Three hand-set (W_Q, W_K) pairs, each (features × 2): syntax (determiner → its noun),
    pronoun → antecedent (a pronoun looks for a name), and position (each word → the previous one)."""
    f = {n: i for i, n in enumerate(MH_FEATURES)}
    syn_q, syn_k = np.zeros((8, 2)), np.zeros((8, 2))
    syn_q[f["det"], 0], syn_k[f["noun"], 0] = 4, 4
    pro_q, pro_k = np.zeros((8, 2)), np.zeros((8, 2))
    pro_q[f["pronoun"], 0], pro_k[f["name"], 0] = 4, 4
    pos_q, pos_k = np.zeros((8, 2)), np.zeros((8, 2))
    c, s = np.cos(POS_ANGLE), np.sin(POS_ANGLE)                       # rotate queries back by one position
    pos_q[f["cos"]], pos_q[f["sin"]] = [4 * c, -4 * s], [4 * s, 4 * c]
    pos_k[f["cos"]], pos_k[f["sin"]] = [1, 0], [0, 1]
    return {"syntax": (syn_q, syn_k), "pronoun → antecedent": (pro_q, pro_k), "position": (pos_q, pos_k)}


MH_RELATION = {"syntax": "det", "pronoun → antecedent": "coref", "position": "prev"}   # what each toy head imitates


def head_pattern(x: np.ndarray, wq, wk) -> np.ndarray:
    """Attention weights of one hand-set head (no √d, no values needed to see the pattern)."""
    q, k = x @ check_matrix(wq, "W_Q", (x.shape[1], None)), x @ check_matrix(wk, "W_K", (x.shape[1], None))
    return softmax(q @ k.T)


def toy_from_head(q: np.ndarray, k: np.ndarray, d: int) -> tuple[np.ndarray, ...]:
    """Fit a d-dimensional toy (X, W_Q, W_K, W_V) to a real head's queries and keys (n, d_head).

    The real scores q kᵀ/√d_head are rescaled to the toy's √d and factorised by SVD into rank-d
    queries Q' and keys K'; then X = Q', W_Q = I, W_K solves X W_K = K' (least squares) and
    W_V = I. The toy's softmax then reproduces the real head's weights up to the rank cut."""
    n, dh = q.shape
    scores = (q @ k.T) * np.sqrt(d / dh)
    u, s, vt = np.linalg.svd(scores)
    r = min(d, len(s))
    qd = np.zeros((n, d))
    kd = np.zeros((n, d))
    qd[:, :r] = u[:, :r] * np.sqrt(s[:r])
    kd[:, :r] = vt[:r].T * np.sqrt(s[:r])
    wk = np.linalg.lstsq(qd, kd, rcond=None)[0]
    return qd, np.eye(d), wk, np.eye(d)
