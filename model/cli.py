"""``python -m model <command>``: sample, parse, train, evaluate, report, translate, encode.

Every command prints JSON (one object per line where it reads several sentences). Bad input
ends with a one-line reason on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from model.errors import InputError
from model.registry import ENCODERS, NAMES, TRANSLATORS

MAX_SAMPLE_LEN = 80


def _dump(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _each_line(handle: Callable[[str], dict]) -> int:
    """Batch mode: one sentence per stdin line, one JSON line each; errors become {"error"}."""
    for line in sys.stdin:
        line = line.rstrip("\n")
        try:
            _dump(handle(line))
        except InputError as err:
            _dump({"error": str(err)})
        sys.stdout.flush()
    return 0


def cmd_sample(args) -> int:
    from model.language.generator import MIN_LEN, sample_pairs

    if args.n < 0 or args.n > 1_000_000:
        raise InputError("--n must be between 0 and 1,000,000")
    if not MIN_LEN <= args.min_len <= args.max_len <= MAX_SAMPLE_LEN:
        raise InputError(f"need {MIN_LEN} <= --min-len <= --max-len <= {MAX_SAMPLE_LEN}")
    for _, pair in sample_pairs(args.n, args.seed, args.min_len, args.max_len, args.split):
        _dump(pair.to_json())
    return 0


def cmd_parse(args) -> int:
    from model.language.parser import parse

    def one(text: str) -> dict:
        return parse(text).pair.to_json()

    if args.sentence is None:
        return _each_line(one)
    _dump(one(" ".join(args.sentence)))
    return 0


def cmd_train(args) -> int:
    from model.training.all import train_all

    train_all(args.only)
    _first_screen_if_changed(args.only)
    return 0


def _first_screen_if_changed(only: str | None) -> None:
    """Rewrite Home's stored first screen after the attention checkpoint was written."""
    if only in (None, "attention"):
        cmd_first_screen(None)


def cmd_first_screen(args) -> int:
    from model.checkpoints import CheckpointError
    from model.first_screen import write

    try:
        _dump({"written": str(write())})
    except CheckpointError as err:
        raise InputError(str(err)) from None
    return 0



def cmd_evaluate(args) -> int:
    from model.checkpoints import CheckpointError

    names = (args.only,) if args.only else NAMES
    drawn = None                                  # the held-out sets, drawn once for both seq2seq models
    try:
        for name in names:
            if name in ENCODERS:
                from model.evaluation.masked import evaluate_encoder_and_store

                evaluate_encoder_and_store(name=name)
            else:
                from model.evaluation.hard import hard_sets
                from model.evaluation.lengths import evaluate_and_store, test_sets, unseen_name_set

                drawn = drawn or {"sets": test_sets(), "hard": hard_sets(), "names": unseen_name_set()}
                evaluate_and_store(name, **drawn)
    except CheckpointError as err:
        raise InputError(str(err)) from None
    _first_screen_if_changed(args.only)
    return 0


def _loader(load: Callable):
    from model.checkpoints import CheckpointError

    try:
        return load()
    except CheckpointError as err:
        raise InputError(str(err)) from None


def cmd_translate(args) -> int:
    from model.runners.translator import Translator

    tr = _loader(lambda: Translator.load(args.model))

    def one(text: str) -> dict:
        return tr.translate(text, beam=args.beam).to_json()

    if args.sentence is None:
        return _each_line(one)
    _dump(one(" ".join(args.sentence)))
    return 0


def cmd_encode(args) -> int:
    from model.runners.encoder_runner import EncoderRunner

    runner = _loader(lambda: EncoderRunner.load(name="causal" if args.causal else "encoder"))

    def one(text: str) -> dict:
        return runner.as_json(text, causal=runner.causal)

    if args.sentence is None:
        return _each_line(one)
    _dump(one(" ".join(args.sentence)))
    return 0


def cmd_report(args) -> int:
    from model.evaluation.report import report

    sys.stdout.write(report())
    return 0


COMMANDS: dict[str, tuple[Callable, str]] = {
    "report": (cmd_report, "print the README's tables (Markdown) from the metrics stored in the checkpoints"),
    "evaluate": (cmd_evaluate, "recompute held-out metrics, print them and store them in the checkpoints"),
    "translate": (cmd_translate, "translate Mini-Tamil (argument or stdin lines) to English as JSON"),
    "encode": (cmd_encode, "self-attention of the mini encoder for English (argument or stdin lines)"),
    "train": (cmd_train, "train the checkpoints (all, or --only NAME) and evaluate them"),
    "sample": (cmd_sample, "print generated sentence pairs as JSON lines"),
    "parse": (cmd_parse, "parse a Mini-Tamil sentence (or stdin lines) into JSON"),
    "first-screen": (cmd_first_screen, "store Home's first chart for the seed sentence beside the checkpoints "
                                       "(train and evaluate do it too)"),
}


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m model", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sample", help=COMMANDS["sample"][1])
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--min-len", type=int, default=3)
    p.add_argument("--max-len", type=int, default=30)
    p.add_argument("--split", choices=("train", "valid", "test"))
    p = sub.add_parser("train", help=COMMANDS["train"][1])
    p.add_argument("--only", choices=NAMES)
    p = sub.add_parser("evaluate", help=COMMANDS["evaluate"][1])
    p.add_argument("--only", choices=NAMES)
    p = sub.add_parser("translate", help=COMMANDS["translate"][1])
    p.add_argument("--model", choices=TRANSLATORS, default="attention")
    p.add_argument("--beam", type=int, default=0, help="beam width (0 = greedy)")
    p.add_argument("sentence", nargs="*", default=None)
    p = sub.add_parser("encode", help=COMMANDS["encode"][1])
    p.add_argument("--causal", action="store_true", help="the left-to-right model, under its causal mask")
    p.add_argument("sentence", nargs="*", default=None)
    sub.add_parser("report", help=COMMANDS["report"][1])
    sub.add_parser("first-screen", help=COMMANDS["first-screen"][1])
    p = sub.add_parser("parse", help=COMMANDS["parse"][1])
    p.add_argument("sentence", nargs="*", default=None)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if getattr(args, "sentence", None) == []:
        args.sentence = None
    try:
        return COMMANDS[args.command][0](args)
    except InputError as err:
        sys.stderr.write(f"error: {err}\n")
        return 1
    except BrokenPipeError:
        return 0
