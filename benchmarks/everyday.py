"""How much of what people type is in the language: the everyday sets in ``tests/everyday/`` (written by
someone who had not read the grammar or the lexicon, before it was checked against them).

    python -m benchmarks.everyday            # counts per script, and why each sentence outside fails

A Tamil sentence counts when it parses and its reference English is exactly the English a person wrote;
an English sentence counts when every word is known and the English parser accepts it (gold relations).
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from model.errors import InputError
from model.language.english_parser import parse_english
from model.language.parser import parse
from model.language.tokenizer import tokenize_english

SETS = Path(__file__).resolve().parent.parent / "tests" / "everyday"


@dataclass
class Coverage:
    total: int = 0
    exact: list[str] = field(default_factory=list)          # ids read with exactly the person's English
    other: list[tuple[str, str]] = field(default_factory=list)   # (id, the grammar's English) where it differs
    outside: list[tuple[str, str]] = field(default_factory=list)  # (id, the parser's reason)
    by_script: Counter = field(default_factory=Counter)


def rows(name: str) -> list[dict]:
    with (SETS / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def tamil_coverage() -> Coverage:
    cov = Coverage()
    for r in rows("tamil_everyday.tsv"):
        cov.total += 1
        try:
            got = " ".join(parse(r["tamil"]).pair.tgt)
        except InputError as err:
            cov.outside.append((r["id"], str(err)))
            continue
        if got == r["english"]:
            cov.exact.append(r["id"])
            cov.by_script[r["script"]] += 1
        else:
            cov.other.append((r["id"], got))
    return cov


def english_coverage() -> tuple[Coverage, int]:
    """Parsed sentences (that break no rule of sense), and how many have every word known."""
    cov, known = Coverage(), 0
    for r in rows("english_everyday.tsv"):
        cov.total += 1
        known += not tokenize_english(r["english"]).unknown
        try:
            odd = parse_english(r["english"]).odd
        except InputError as err:
            cov.outside.append((r["id"], str(err)))
            continue
        if odd:                  # read, but against a rule of sense: its gold relations say what the grammar means
            cov.other.append((r["id"], odd[0]))
        else:
            cov.exact.append(r["id"])
    return cov, known


def translator_reads(name: str = "attention", directory=None, covered: list[str] | None = None) -> tuple[int, int]:
    """(exact, n): of the everyday Tamil sentences in the language (exactly the person's English; ``covered``, their ids,
    when already measured), how many the committed translator ``name`` translates word for word as the person wrote them
    (greedy)."""
    from model.runners.translator import Translator

    model = Translator.load(name, directory)
    wanted = {r["id"]: r for r in rows("tamil_everyday.tsv")}
    covered = tamil_coverage().exact if covered is None else covered
    hits = 0
    for i in covered:
        try:
            got = " ".join(model.translate(wanted[i]["tamil"]).tgt)
        except InputError:
            continue
        hits += got == wanted[i]["english"]
    return hits, len(covered)


def encoder_knows(directory=None) -> tuple[int, int]:
    """(known, parsed): of the everyday English sentences the language parses, how many the committed encoder
    reads with every word in its vocabulary."""
    from model.runners.encoder_runner import EncoderRunner

    enc = EncoderRunner.load(directory)
    parsed = english_coverage()[0].exact
    wanted = {r["id"]: r["english"] for r in rows("english_everyday.tsv")}
    return sum(not enc.read(tokenize_english(wanted[i]))[1] for i in parsed), len(parsed)


def _reason(message: str) -> str:
    return "unknown words" if message.startswith("unknown word") else message.split(":")[0][:70]


def main() -> None:
    ta = tamil_coverage()
    print(f"Mini-Tamil everyday set: {len(ta.exact)}/{ta.total} read with exactly the person's English "
          f"({100 * len(ta.exact) / ta.total:.0f} %); by script {dict(ta.by_script)}; "
          f"{len(ta.other)} more parse with other English")
    for i, got in ta.other:
        print(f"  {i}: grammar says '{got}'")
    print("  outside, by reason:", dict(Counter(_reason(m) for _, m in ta.outside).most_common(8)))
    en, known = english_coverage()
    print(f"English everyday set: {len(en.exact)}/{en.total} parsed with gold relations; "
          f"{known}/{en.total} have every word known; {len(en.other)} more are read against a rule of sense")
    for i, why in en.other:
        print(f"  {i}: {why}")
    print("  outside, by reason:", dict(Counter(_reason(m) for _, m in en.outside).most_common(8)))
    for name in ("attention", "plain"):
        hits, n = translator_reads(name)
        print(f"the committed {name} translator writes exactly the person's English for {hits}/{n} of the Tamil "
              "sentences in the language")
    known, n = encoder_knows()
    print(f"the committed encoder knows every word of {known}/{n} parsed English sentences")


if __name__ == "__main__":
    main()
