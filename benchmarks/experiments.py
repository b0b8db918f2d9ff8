"""The short training experiments behind the README's "what we tried" tables.

    python -m benchmarks.experiments seq2seq NAME [key=value ...]   # TrainConfig fields; decoder=cgru|bahdanau,
                                                                      # key_embed=0|1, d_model=…, which=plain|attention
    python -m benchmarks.experiments encoder NAME [key=value ...]   # EncoderTrainConfig fields; model.layers=4 …
    python -m benchmarks.experiments table PREFIX                    # the encoder runs whose names start with
                                                                      # PREFIX, as a Markdown table (RESULTS.md)

Each run trains into ``benchmarks/results/NAME/`` (never over ``checkpoints/``), evaluates, prints one JSON
line and appends it to ``benchmarks/results/experiments.jsonl``. Seq2seq runs are scored on 150 test
sentences per length band (3–20, 21–40, 41–60): exact match, argmax AER against the gold alignment, and
whether each word of the seed sentence attends inside its gold link. Run one at a time, with
``OMP_NUM_THREADS=1``: two trainings on 2 cores slow each other."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from model.evaluation.claims import head_label

RESULTS = Path(__file__).resolve().parent / "results"


def _value(v: str):
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    for kind in (int, float):
        try:
            return kind(v)
        except ValueError:
            pass
    return v


def _args(items: list[str]) -> dict:
    try:
        return {k: _value(v) for k, v in (a.split("=", 1) for a in items)}
    except ValueError:
        raise SystemExit(f"arguments are key=value, got {items}") from None


def seq2seq(name: str, args: dict) -> dict:
    import numpy as np

    from model.evaluation.metrics import aer
    from model.language.generator import sample_pairs
    from model.language.parser import parse
    from model.language.seeds import SEED_SOURCE
    from model.runners.translator import Translator
    from model.training.seq2seq import TrainConfig, train_seq2seq

    which = args.pop("which", "attention")
    model_kw = {k: (bool(v) if k == "key_embed" else v) for k in ("decoder", "key_embed", "d_model", "d_embed", "d_attn")
                if (v := args.pop(k, None)) is not None}
    cfg = TrainConfig(**args)
    started = time.time()
    payload = train_seq2seq(which, cfg, out_dir=RESULTS / name, progress=True, model_kwargs=model_kw)
    res = {"kind": "seq2seq", "name": name, "which": which, "model": model_kw, "cfg": args,
           "seconds": round(time.time() - started), "params": payload["meta"]["params"],
           "history": [(h["epoch"], round(h["train_loss"], 4), round(h["valid_loss"], 4), h["valid_exact"])
                       for h in payload["history"]]}
    tr = Translator(payload)
    for lo, hi in ((3, 20), (21, 40), (41, 60)):
        pairs = [p for _, p in sample_pairs(150, 4242 + lo, lo, hi, split="test")]
        row = {"exact": float(np.mean([h == p.tgt for h, p in zip(tr.greedy_batch([p.src for p in pairs]), pairs)]))}
        if tr.attends:
            counts = np.array([aer(a, p.align) for a, p in
                               zip(tr.forced_argmax([p.src for p in pairs], [p.tgt for p in pairs]), pairs)])
            row["aer"] = float(1 - 2 * counts[:, 0].sum() / (counts[:, 1].sum() + counts[:, 2].sum()))
        res[f"{lo}-{hi}"] = row
    if tr.attends:
        pair = parse(SEED_SOURCE).pair
        a = tr.forced_argmax([pair.src], [pair.tgt])[0]
        res["seed_ok"] = [int(a[i]) in pair.align[i] for i in range(len(a))]
    return res


def encoder(name: str, args: dict) -> dict:
    from model.evaluation.masked import evaluate_encoder_and_store
    from model.training.encoder import EncoderTrainConfig, train_encoder

    model_kw = {k.removeprefix("model."): args.pop(k) for k in list(args) if k.startswith("model.")}
    cfg = EncoderTrainConfig(**args)
    out = RESULTS / name
    started = time.time()
    payload = train_encoder(cfg, out_dir=out, progress=True, model_kwargs=model_kw)
    seconds = round(time.time() - started)
    m = evaluate_encoder_and_store(out, quiet=True, name=payload["name"])
    return {"kind": "encoder", "name": name, "cfg": args, "model": model_kw, "seconds": seconds,
            "masked": {k: round(100 * v["accuracy"], 2) for k, v in m["masked"].items()},
            "heads": {r: (v["direction"], head_label(v['best_layer'], v['best_head']),
                          round(100 * v["best_accuracy"], 1), round(100 * v["baseline_accuracy"], 1))
                      for r, v in m["heads"]["relations"].items()},
            "specificity": {r: (round(100 * s["drop_best"], 1), round(100 * s["drop_others"], 1))
                            for r, s in m.get("specificity", {}).items()}}


TABLE_RELATIONS = ("det", "nummod", "amod", "case", "nsubj", "obj", "relcl", "agr", "coref")


def encoder_table(prefix: str) -> str:
    """The recorded encoder runs named ``prefix…`` as a Markdown table: settings, masked accuracy (all /
    agreement), and per relation the best head's accuracy with the best fixed offset's in brackets."""
    rows = [json.loads(line) for line in (RESULTS / "experiments.jsonl").read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r["kind"] == "encoder" and r["name"].startswith(prefix)]
    head = ("| run | settings | minutes | masked all / agr % | " + " | ".join(TABLE_RELATIONS) + " |\n"
            + "|---" * (4 + len(TABLE_RELATIONS)) + "|\n")
    body = ""
    for r in rows:
        settings = ", ".join(f"{k}={v}" for k, v in {**r["cfg"], **{f"model.{k}": v for k, v in r["model"].items()}}
                             .items()) or "the committed recipe"
        cells = [f"{r['heads'][rel][2]:.1f} ({r['heads'][rel][3]:.1f})" for rel in TABLE_RELATIONS]
        body += (f"| {r['name']} | {settings} | {r['seconds'] / 60:.0f} | {r['masked']['all']:.1f} / "
                 f"{r['masked']['agr']:.1f} | " + " | ".join(cells) + " |\n")
    return head + body


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "table":
        print(encoder_table(argv[1]), end="")
        return
    if len(argv) < 2 or argv[0] not in ("seq2seq", "encoder"):
        raise SystemExit(__doc__)
    kind, name = argv[0], argv[1]
    res = (seq2seq if kind == "seq2seq" else encoder)(name, _args(argv[2:]))
    print(json.dumps(res), flush=True)
    RESULTS.mkdir(exist_ok=True)
    with open(RESULTS / "experiments.jsonl", "a") as f:
        f.write(json.dumps(res) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
