"""``python -m model``: JSON output, exit codes, stdin mode, clear errors."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "model", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_sample_is_deterministic_and_valid():
    a = run("sample", "--n", "40", "--seed", "7", "--min-len", "3", "--max-len", "60")
    b = run("sample", "--n", "40", "--seed", "7", "--min-len", "3", "--max-len", "60")
    assert a.returncode == 0 and a.stdout == b.stdout
    rows = [json.loads(line) for line in a.stdout.splitlines()]
    assert len(rows) == 40 and all(set(r) == {"src", "roman", "tgt", "align", "relations"} for r in rows)
    assert all(3 <= len(r["src"]) <= 60 for r in rows)


def test_parse_seed_and_failures():
    ok = run("parse", "நாளைக்குள்", "அந்த", "ரிப்போர்ட்டை", "அனுப்ப", "முடியுமா", "?")
    assert ok.returncode == 0 and json.loads(ok.stdout)["tgt"][:3] == ["can", "you", "send"]
    bad = run("parse", "antha", "<script>")
    assert bad.returncode == 1 and bad.stderr.startswith("error:") and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_parse_stdin_lines():
    out = run("parse", stdin="ravi vanthaan .\nxyz\n\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows[0]["tgt"] == ["ravi", "came", "."] and "error" in rows[1] and "error" in rows[2]


def test_bad_arguments_are_one_line_errors():
    out = run("sample", "--n", "3", "--seed", "1", "--max-len", "500")
    assert out.returncode == 1 and "Traceback" not in out.stderr


def run_here(capsys, monkeypatch, *args, stdin=None) -> tuple[int, str]:
    """``model.cli.main`` in this process (the models load once per test session, not per call);
    the subprocess tests above cover the ``python -m model`` entry itself."""
    import io

    from model.cli import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    return code, capsys.readouterr().out


def test_translate_and_encode_commands(capsys, monkeypatch):
    code, out = run_here(capsys, monkeypatch, "translate", "--model", "attention", "naalaikkul", "antha", "rippoarttai",
                         "anuppa", "mudiyumaa", "?")
    obj = json.loads(out)
    assert code == 0 and set(obj) == {"src", "unknown", "tgt", "attention"} and len(obj["attention"]) == len(obj["tgt"])
    assert all(abs(sum(row) - 1) < 1e-4 for row in obj["attention"])
    _, out = run_here(capsys, monkeypatch, "translate", "--model", "plain", stdin="ravi vanthaan .\n\n")
    lines = [json.loads(x) for x in out.splitlines()]
    assert lines[0]["attention"] is None and "error" in lines[1]
    _, out = run_here(capsys, monkeypatch, "encode", "the report is ready .")
    enc = json.loads(out)
    assert enc["tokens"] == ["the", "report", "is", "ready", "."] and len(enc["attention"][0][0]) == 5
    assert run_here(capsys, monkeypatch, "encode", "   ")[0] == 1


def test_experiment_arguments_are_typed():
    from benchmarks.experiments import _args

    args = _args(["train_size=12000", "lr_attention=3e-3", "decoder=cgru", "key_embed=false", "model.layers=4"])
    assert args == {"train_size": 12000, "lr_attention": 0.003, "decoder": "cgru", "key_embed": False,
                    "model.layers": 4}
    with pytest.raises(SystemExit, match="key=value"):
        _args(["train_size"])


def test_the_experiment_table_prints_the_recorded_runs(tmp_path, monkeypatch):
    import json

    from benchmarks import experiments

    heads = {r: ["dep→head", "L1H1", 10.0 + k, 5.0] for k, r in enumerate(experiments.TABLE_RELATIONS)}
    runs = [{"kind": "encoder", "name": "Z1_try", "cfg": {"epochs": 2}, "model": {"layers": 4}, "seconds": 600,
             "masked": {"all": 90.04, "agr": 80.0}, "heads": heads},
            {"kind": "encoder", "name": "Y_other", "cfg": {}, "model": {}, "seconds": 60, "masked": {"all": 1, "agr": 1},
             "heads": heads}]
    (tmp_path / "experiments.jsonl").write_text("".join(json.dumps(r) + "\n" for r in runs))
    monkeypatch.setattr(experiments, "RESULTS", tmp_path)
    table = experiments.encoder_table("Z")
    assert "Y_other" not in table and table.count("\n") == 3
    assert "| Z1_try | epochs=2, model.layers=4 | 10 | 90.0 / 80.0 | 10.0 (5.0) |" in table
    assert table.rstrip().endswith("18.0 (5.0) |")                       # coref, the last relation
