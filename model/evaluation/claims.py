"""Sentences the pages state about the models, phrased from the data they describe.

Each function takes the numbers (checkpoint metadata, stored metrics) and returns the sentence, so
a page never types a number or a comparison, and a test can recompute each claim from the same data.
"""

from __future__ import annotations

SAME_SIZE_MARGIN = 0.10       # parameter counts within this share of each other count as "the same size"


def pair_description(plain: dict, attention: dict) -> str:
    """How the two seq2seq checkpoints compare in size, data and training time (from their payloads)."""
    pp, pa = plain["meta"]["params"], attention["meta"]["params"]
    tp, ta = plain["meta"]["train_seconds"], attention["meta"]["train_seconds"]
    diff = pa / pp - 1
    size = (f"of about the same size ({pp:,} and {pa:,} parameters, {abs(diff):.0%} apart)"
            if abs(diff) <= SAME_SIZE_MARGIN else f"of different sizes ({pp:,} and {pa:,} parameters)")
    same_data = plain["meta"]["train_pairs"] == attention["meta"]["train_pairs"] and \
        plain["train_config"]["seed"] == attention["train_config"]["seed"]
    data = (f"trained on the same {plain['meta']['train_pairs']:,} sentence pairs" if same_data
            else "trained on different data")
    lo, hi = 3, plain["train_config"]["max_len"]
    return (f"Two GRU encoder–decoders {size}, {data} (source lengths {lo}–{hi}), for "
            f"{tp / 60:.0f} and {ta / 60:.0f} minutes on this project's 2-core machine")


def own_share_summary(plain: list[dict], attention: list[dict]) -> str:
    """The bottleneck in one sentence: how much of each English word's gradient its own Tamil word
    supplies, with and without attention, at the shortest and the longest training lengths."""
    first_p, first_a = plain[0], attention[0]
    train = [b for b in attention if b["own_share"] is not None]
    last_a = max(train, key=lambda b: b["hi"])
    last_p = next(b for b in plain if b["lo"] == last_a["lo"])
    ahead = [b["lo"] for b, q in zip(attention, plain)
             if b["own_share"] is not None and q["own_share"] is not None and b["own_share"] > q["own_share"]]
    verdict = ("with attention the share is higher at every measured length"
               if len(ahead) == len(train) else
               f"with attention the share is higher in {len(ahead)} of {len(train)} length buckets")
    return (f"At {first_a['lo']}–{first_a['hi']} words an English word's own Tamil word supplies "
            f"{first_a['own_share']:.0%} of its gradient with attention and {first_p['own_share']:.0%} without; at "
            f"{last_a['lo']}–{last_a['hi']} words, {last_a['own_share']:.0%} and {last_p['own_share']:.0%}: {verdict}.")


def _ms(rows: list[dict], **key) -> float | None:
    hits = [r["ms"] for r in rows if all(r[k] == v for k, v in key.items())]
    return hits[0] if hits else None


def as_long(first: str, a: float, second: str, b: float) -> str:
    """A timing ratio phrased with the slower one first, so the factor is never below 1:
    ``the GRU takes 2.0× as long as the attention layer``."""
    if a >= b:
        return f"{first} takes {a / b:.1f}× as long as {second}"
    return f"{second} takes {b / a:.1f}× as long as {first}"


def speed_summary(rows: list[dict]) -> list[str]:
    """What the speed measurement shows, phrased from its rows (see ``model.evaluation.speed``): one
    sentence at a time (the smallest batch) first, as a learner translating one sentence meets it."""
    from model.evaluation.speed import ARCH_LABELS

    n = max(r["n"] for r in rows)
    batches = sorted({r["batch"] for r in rows})
    one, many = min(r["threads"] for r in rows), max(r["threads"] for r in rows)
    out = []
    for batch in batches:
        what = "one sentence at a time" if batch == 1 else f"{batch} sentences at once"
        for mode in ("forward", "forward + backward"):
            times = {a: _ms(rows, arch=a, n=n, batch=batch, mode=mode, threads=many) for a in ARCH_LABELS}
            times = {a: t for a, t in times.items() if t is not None}
            if not times:
                continue
            fastest = min(times, key=times.get)
            ranked = ", ".join(f"{ARCH_LABELS[a]} {t:.1f} ms" for a, t in sorted(times.items(), key=lambda kv: kv[1]))
            out.append(f"{mode.capitalize()}, {n} words, {what} (batch {batch}), {many} thread{'s' * (many > 1)}: "
                       f"{ranked} — fastest here: {ARCH_LABELS[fastest]}.")
    batch = batches[-1]
    if many > one:
        gains = {a: _ms(rows, arch=a, n=n, batch=batch, mode="forward + backward", threads=one) /
                 _ms(rows, arch=a, n=n, batch=batch, mode="forward + backward", threads=many)
                 for a in ARCH_LABELS if _ms(rows, arch=a, n=n, batch=batch, mode="forward + backward", threads=many)}
        best = max(gains, key=gains.get)
        verdict = (f"{ARCH_LABELS[best]} gains most from more parallel lanes" if gains[best] > 1 else
                   "none runs faster with more threads on this machine")
        out.append(f"With {many} threads instead of {one} (training, {n} words × batch {batch}): "
                   + ", ".join(f"{ARCH_LABELS[a]} " + (f"runs {g:.2f}× as fast" if g >= 1 else
                                                       f"takes {1 / g:.2f}× as long") for a, g in gains.items())
                   + f" — {verdict}.")
    else:
        out.append("This machine offers one thread, so the gain from more parallel lanes cannot be measured here.")
    step, att = (_ms(rows, arch=a, n=n, batch=batches[0], mode="forward", threads=many)
                 for a in ("gru_steps", "attention"))
    if step and att:
        out.append(f"Run one dependent step at a time, as a decoder must, {as_long('the GRU', step, 'the attention layer', att)}"
                   f" on the same words (batch {batches[0]}).")
    return out


def beyond_training(series: dict[str, list[dict]], key: str, max_train: int, scale: float = 100.0,
                    unit: str = " %") -> str:
    """Why the curves change right of the shaded band: lengths no training sentence had, with the
    value at the longest training bucket and at the longest measured one of each model that falls
    there (by 10 points or more)."""
    parts = []
    for name, rows in series.items():
        inside = [b for b in rows if b["hi"] <= max_train]
        beyond = [b for b in rows if b["lo"] > max_train]
        if inside and beyond and scale * (inside[-1][key] - beyond[-1][key]) >= 10:
            a, z = inside[-1], beyond[-1]
            parts.append(f"{name}: {scale * a[key]:.0f}{unit} at {a['lo']}–{a['hi']} words, {scale * z[key]:.0f}{unit} "
                         f"at {z['lo']}–{z['hi']}")
    from model.language.generator import MAX_CLAUSES

    return (f"**Over {max_train} words (right of the shaded band): lengths no training sentence had.** To reach "
            f"them, most of these test sentences chain {MAX_CLAUSES + 1} clauses, where every training sentence "
            f"stops at {MAX_CLAUSES}. Nothing taught the models to carry on that long, so the curves fall there — "
            "a limit of the training data, not of attention."
            + (" " + "; ".join(parts) + "." if parts else ""))


def bottleneck_headline(plain: dict, attention: dict) -> str:
    """Problem 1 in one sentence, from the held-out exact match of both models inside their training range."""
    L = attention["max_train_len"]
    inside_a = [b for b in attention["buckets"] if b["hi"] <= L]
    inside_p = [b for b in plain["buckets"] if b["hi"] <= L]
    short_p, long_p = inside_p[0], inside_p[-1]
    lo_a = min(b["exact"] for b in inside_a)
    return (f"Without attention, exact translations fall from {short_p['exact']:.0%} at {short_p['lo']}–{short_p['hi']} "
            f"words to {long_p['exact']:.0%} at {long_p['lo']}–{long_p['hi']}; with attention they stay at "
            f"{lo_a:.0%} or more at every length up to {L} words (held-out sentences).")


def percent(share: float) -> str:
    """A weight as a percentage with the digits that matter: ``98.26 %``, ``0.33 %``, ``< 0.1 %``
    for a tiny but non-zero weight, ``0 %`` for none (never a rounded-away 0.0000)."""
    if share <= 0:
        return "0 %"
    if share < 0.001:
        return "< 0.1 %"
    return f"{100 * share:.2f} %"


def renormalised_row(weights: list[float], words: list[str], shown: int = 4) -> str:
    """What the decoder does with a hand-edited attention row: it divides every weight by their sum,
    so the row sums to 100 % again; the sentence names the sum and the largest weights it reads."""
    total = float(sum(weights))
    if total <= 0:
        return ""
    order = sorted(range(len(weights)), key=lambda j: -weights[j])[:shown]
    read = ", ".join(f"{words[j]} {percent(weights[j] / total)}" for j in order if weights[j] > 0)
    if abs(total - 100) < 0.005:
        return f"Your row sums to 100 %, so the decoder reads it as it is: {read}."
    return (f"Your row sums to {total:.2f} %, not 100 %. The decoder divides every weight by that sum, so the row it "
            f"reads sums to 100 % again: {read}.")


def head_label(layer: int, head: int) -> str:
    """The one name of an encoder head on every page and table: layer and head counted from 1 (L1H1)."""
    return f"L{layer + 1}H{head + 1}"


def twin_reading(att, tokens: list[str], coref: dict, meant: str, twins: tuple[str, str],
                 nouns: tuple[str, str], icons: tuple[str, str]) -> str:
    """Where "it" looks in a pair of Winograd twins (``twins``: two sentences one word apart; ``nouns``: the two
    nouns "it" may mean; ``icons``: the buttons that load them), in the head that tracks pronoun → antecedent best
    on held-out data (``coref``: that relation's stored metrics): its weight on each noun, and which it prefers.
    ``att`` is the sentence's (L, H, T, T) attention; ``meant`` the noun the gold relations say "it" refers to."""
    a, b = coref["best_layer"], coref["best_head"]
    it = tokens.index("it")
    w = [float(att[a][b][it][tokens.index(n)]) for n in nouns]
    picked = nouns[0] if w[0] > w[1] else nouns[1] if w[1] > w[0] else "neither"
    verdict = (f"it prefers the one meant, “{meant}”" if picked == meant else
               f"it prefers “{picked}”, not the one meant (“{meant}”)" if picked != "neither"
               else "it weighs both the same")
    words = next((x, y) for x, y in zip(twins[0].split(), twins[1].split()) if x != y)     # tired / wide
    return (f"**The twin sentences** ({icons[0]} {words[0]} / {icons[1]} {words[1]}) differ in one word, and “it” "
            f"means the {meant} here. The head that tracks pronoun → antecedent best on held-out data, "
            f"{head_label(a, b)}, puts {w[0]:.0%} of “it”'s attention on “{nouns[0]}” and {w[1]:.0%} on "
            f"“{nouns[1]}”: {verdict}.")
