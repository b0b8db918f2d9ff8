"""``python -m model <command>``: sample, parse, train, evaluate, translate, encode.

Every command prints JSON (one object per line where it reads several sentences). Bad input
ends with a one-line reason on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from model.text import InputError

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
    from model.generate import MIN_LEN, sample_pairs

    if args.n < 0 or args.n > 1_000_000:
        raise InputError("--n must be between 0 and 1,000,000")
    if not MIN_LEN <= args.min_len <= args.max_len <= MAX_SAMPLE_LEN:
        raise InputError(f"need {MIN_LEN} <= --min-len <= --max-len <= {MAX_SAMPLE_LEN}")
    for _, pair in sample_pairs(args.n, args.seed, args.min_len, args.max_len, args.split):
        _dump(pair.to_json())
    return 0


def cmd_parse(args) -> int:
    from model.parser import parse

    def one(text: str) -> dict:
        return parse(text).pair.to_json()

    if args.sentence is None:
        return _each_line(one)
    _dump(one(" ".join(args.sentence)))
    return 0


COMMANDS: dict[str, tuple[Callable, str]] = {
    "sample": (cmd_sample, "print generated sentence pairs as JSON lines"),
    "parse": (cmd_parse, "parse a Mini-Tamil sentence (or stdin lines) into JSON"),
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
    p = sub.add_parser("parse", help=COMMANDS["parse"][1])
    p.add_argument("sentence", nargs="*", default=None)
    for extend in EXTENSIONS:
        extend(sub)
    return ap


EXTENSIONS: list[Callable] = []   # later modules register their subcommands here


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
