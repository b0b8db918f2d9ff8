"""The README's claims, checked against the code: its language examples are read from the grammar, its
architecture statements from the source files, its headline model figures from the checkpoints."""

import ast
import re
import sys
from pathlib import Path

import pytest

from model.language.glosses import gloss
from model.language.parser import parse
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
LANGUAGE = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
WORDS = {"three": 3, "ten": 10}
EXAMPLE = re.compile(r"^\d+\. `([^`]+)`\s*\n\s+\*([^*]+)\*\s*\n\s+gloss: (.+?)\s*\n\s+→ \*\*(.+?)\*\*", re.M)


def examples(text: str) -> tuple[int, list[tuple[str, str, str, str]]]:
    announced = re.search(r"\*\*(\w+) example pairs\*\*|^(\w+) example pairs", text, re.M)
    return WORDS[(announced.group(1) or announced.group(2)).lower()], EXAMPLE.findall(text)


def imports(path: Path) -> set[str]:
    """Every module a Python file imports (absolute names, at any depth of the file)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def names_in(text: str) -> set[str]:
    return set(re.findall(r"`([a-z_0-9]+)`", text))


def test_readme_is_short():
    assert len(README.splitlines()) <= 300


@pytest.mark.parametrize("text", [README, LANGUAGE], ids=["README", "docs/language.md"])
def test_examples_are_what_the_grammar_says(text):
    announced, found = examples(text)
    assert len(found) == announced
    for tamil, roman, glossed, english in found:
        pair = parse(tamil).pair
        assert " ".join(pair.src) == tamil                       # already in the standard spelling
        assert " ".join(pair.roman) == roman
        assert " ".join(gloss(w) for w in pair.src) == glossed
        assert " ".join(pair.tgt) == english


def test_lemma_count():
    from model.language.lexicon import load_lexicon

    for text in (README, LANGUAGE):
        assert int(re.search(r"(\d+) lemmas", text).group(1)) == load_lexicon().lemma_count


def test_every_module_is_in_the_architecture_table():
    table = README.split("## Architecture", 1)[1].strip().split("\n\n", 1)[0]
    for folder in ("model/language", "model/networks", "model/runners", "model/evaluation", "model/training", "ui"):
        listed = names_in(table.split(f"| `{folder}/` |", 1)[1].split("\n", 1)[0])
        present = {p.stem for p in (ROOT / folder).glob("*.py") if p.stem != "__init__"}
        assert present <= listed, f"{folder}: not in the README table: {sorted(present - listed)}"


# the architecture table's "may import" column: a part imports only from the parts listed (and itself)
MAY_IMPORT = {
    "model/language": {"model.errors", "model.language"},
    "model/networks": {"model.errors", "model.networks"},
    "model/registry.py": set(),
    "model/checkpoints.py": {"model.errors", "model.registry"},
    "model/runners": {"model.errors", "model.language", "model.networks", "model.registry", "model.checkpoints",
                      "model.runners"},
    "model/evaluation": {"model.errors", "model.language", "model.networks", "model.registry", "model.checkpoints",
                         "model.runners", "model.evaluation"},
    "model/training": {"model.errors", "model.language", "model.networks", "model.registry", "model.checkpoints",
                       "model.runners", "model.evaluation", "model.training"},
    "ui": {"model", "ui"},
}


@pytest.mark.parametrize("part", list(MAY_IMPORT))
def test_arrows_only_point_down_the_architecture_table(part):
    path = ROOT / part
    files = [path] if path.suffix == ".py" else list(path.rglob("*.py"))
    for file in files:
        for module in imports(file):
            top = module.split(".")[0]
            if top in ("model", "ui", "pages", "benchmarks", "tests", "app"):
                assert any(module == ok or module.startswith(ok + ".") for ok in MAY_IMPORT[part]), (file, module)


def test_model_never_imports_streamlit_and_benchmarks_never_import_tests():
    for path in (ROOT / "model").rglob("*.py"):
        assert not any(m.split(".")[0] == "streamlit" for m in imports(path)), path
    for path in (ROOT / "benchmarks").rglob("*.py"):
        assert not any(m.split(".")[0] == "tests" for m in imports(path)), path


def listed_pages(label: str) -> set[str]:
    """The page files named in the README bullet that starts with ``label`` (up to the next bullet)."""
    bullet = ("\n" + README.split(f"\n- {label}", 1)[1]).split("\n- ", 1)[0].split("\n\n", 1)[0]
    return {m for m in re.findall(r"`([a-z_]+)`", bullet) if (ROOT / "pages" / f"{m}.py").exists()}


def test_pages_that_build_figures_are_the_ones_the_readme_names():
    builds = {p.stem for p in (ROOT / "pages").glob("*.py") if any(m.startswith("plotly") for m in imports(p))}
    assert builds == listed_pages("Pages that build Plotly figures")


def test_pages_that_compute_metrics_are_the_ones_the_readme_names():
    metrics = {"model.evaluation.metrics.aer_score", "model.evaluation.metrics.rank_correlation",
               "model.evaluation.heads.score_heads"}
    computes = {p.stem for p in (ROOT / "pages").glob("*.py") if imports(p) & metrics}
    assert computes == listed_pages("Pages that compute metrics")


def split_calls(run) -> int:
    """How many times ``run()`` splits raw text into tokens (``model.language.tokenizer.split``)."""
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event == "call" and frame.f_code.co_name == "split" and frame.f_code.co_filename.endswith("tokenizer.py"):
            calls += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def test_each_sentence_is_tokenized_once():
    from model.runners.analysis import analyze, analyze_english
    from model.runners.encoder_runner import EncoderRunner
    from model.runners.translator import Translator

    translators = {n: Translator.load(n) for n in ("plain", "attention")}
    runner = EncoderRunner.load()
    analyze("ravi vandhaan .", translators)                       # lazy tables load outside the count
    analyze_english("the boy came .", runner, 80)
    english = analyze_english("the animal did not cross the street because it was too tired .", runner, 80)
    assert english.relations and not english.looks_tamil
    assert split_calls(lambda: analyze("the boy came .", translators)) == 1            # English in the Tamil box
    assert split_calls(lambda: analyze_english("the client requested the report .", runner, 80)) == 1
    assert split_calls(lambda: analyze_english("அவன் வந்தான் .", runner, 80)) == 1     # Tamil in the English box


def test_the_path_of_one_sentence_enters_the_files_the_readme_names():
    """Trace every Python call while one sentence is analysed: the model files entered are the ones the
    README lists, and their number is the one it states."""
    from model.runners.analysis import analyze
    from model.runners.translator import Translator

    translators = {n: Translator.load(n) for n in ("plain", "attention")}
    analyze("ravi vandhaan .", translators)             # lazy tables (lexicon, forms) load outside the walk
    entered = set()

    def profile(frame, event, arg):
        name = frame.f_code.co_filename
        if event == "call" and name.startswith(str(ROOT / "model")):
            entered.add(Path(name).stem)

    sys.setprofile(profile)
    try:
        analyze("naalaikkul andha reportai anuppa mudiyumaa ?", translators)
    finally:
        sys.setprofile(None)
    sentence = re.search(r"Inside the model the walk enters ([\w-]+) files\s+\(([^)]+)\)", README)
    assert entered == names_in(sentence.group(2))
    assert sentence.group(1) == {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 21: "twenty-one", 22: "twenty-two", 23: "twenty-three", 24: "twenty-four", 25: "twenty-five", 26: "twenty-six"}.get(len(entered))


def test_headline_model_figures_are_the_checkpoints():
    from model.checkpoints import checkpoint_path, load_checkpoint

    def row(label: str) -> str:
        return next(line for line in README.splitlines() if line.startswith("|") and label in line)

    att = load_checkpoint(checkpoint_path("attention"))["metrics"]
    plain = load_checkpoint(checkpoint_path("plain"))["metrics"]
    enc = load_checkpoint(checkpoint_path("encoder"))["metrics"]
    trained = [b for b in att["buckets"] if b["hi"] <= att["max_train_len"]]
    exact = sorted(100 * b["exact"] for b in trained)
    assert f"| {exact[0]:.1f}–{exact[-1]:.0f} % |" in row("**with** attention, exact match")
    aer = sorted(100 * b["aer"] for b in trained)
    assert f"| {aer[0]:.1f}–{aer[-1]:.1f} % |" in row("alignment error rate")
    p = {(b["lo"], b["hi"]): 100 * b["exact"] for b in plain["buckets"]}
    assert f"{p[3, 5]:.1f} % at 3–5 words, {p[16, 20]:.1f} % at 16–20" in row("**without** attention")
    assert f"| {100 * enc['masked']['all']['accuracy']:.1f} % |" in row("masked-word accuracy")
    agr = enc["heads"]["relations"]["agr"]
    assert f"{100 * agr['best_accuracy']:.1f} % vs {100 * agr['baseline_accuracy']:.1f} %" in row("agreement head vs")
    for rel, label in (("agr", "agreement"), ("coref", "coreference")):
        spec = enc["specificity"][rel]
        assert f"{label} {100 * spec['drop_best']:.1f} / {100 * spec['drop_others']:.1f} points" in row("switching off")
    a = {(b["lo"], b["hi"]): 100 * b["exact"] for b in att["buckets"]}
    assert f"| {a[61, 65]:.1f} % / {a[66, 70]:.1f} % exact |" in row("past its training lengths (61–65 / 66–70")
    first_zero = min(lo for (lo, hi), v in p.items() if v == 0 and all(p[k] == 0 for k in p if k[0] >= lo))
    assert f"0 % from {first_zero} on" in row("**without** attention")
    assert f"| {100 * att['hard']['long question']['exact']:.1f} % exact |" in row("hardest set")
    new = " / ".join(f"{100 * att['hard'][k]['exact']:.1f}" for k in ("negation", "wh-question", "1st/2nd person",
                                                                       "verbless"))
    assert f"| {new} % exact |" in row("the new constructions")
    for key, label in (("unseen_names", "person name never seen"), ("unseen_forms", "word never seen whole")):
        r = att[key]
        assert f"| {100 * r['exact']:.1f} % exact (n = {r['n']}) |" in row(label)
    rel = enc["heads"]["relations"]
    pairs = " / ".join(f"{100 * rel[r]['best_accuracy']:.1f} vs {100 * rel[r]['baseline_accuracy']:.1f}"
                       for r in ("nsubj", "obj", "coref"))
    assert f"| {pairs} % |" in row("subject (nsubj) / object (obj)")
    pairs = " / ".join(f"{100 * rel[r]['best_accuracy']:.1f} vs {100 * rel[r]['baseline_accuracy']:.1f}"
                       for r in ("det", "nummod", "amod", "case", "relcl"))
    assert f"| {pairs} % |" in row("det / nummod / amod / case / relcl")
    share = {k: 100 * m["bottleneck"]["56-60"]["own_share"] for k, m in (("plain", plain), ("att", att))}
    assert f"| {share['plain']:.0f} % / {share['att']:.0f} % |" in row("own source word, 56–60")


def test_what_the_translator_reads_is_the_committed_models():
    """The pieces the README shows for போகமாட்டேன் are the committed model's, and the share of training
    sentences with synthetic names and of held-out names are the code's."""
    from model.checkpoints import checkpoint_path, load_checkpoint
    from model.language.names import HELD_OUT
    from model.runners.translator import Translator

    tr = Translator.load("attention")
    assert f"போகமாட்டேன், is read by pieces that were ({' '.join(tr.units.split(['போகமாட்டேன்']).pieces)})" in \
        " ".join(README.split())
    cfg = load_checkpoint(checkpoint_path("attention"))["train_config"]
    assert f"{cfg['src_pieces']} pieces" in README and len(tr.src_vocab) <= cfg["src_pieces"] + 1
    share = cfg["name_share"]
    assert {0.25: "A quarter of the training sentences"}[share] in README
    assert {20: "One name in five is held out"}[HELD_OUT] in README
