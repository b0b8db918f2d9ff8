"""The everyday sets (written before anyone looked at the grammar): well formed, and the share of them the
language reads never falls below what language v4 reached (measured by ``python -m benchmarks.everyday``)."""

import pytest

from benchmarks.everyday import english_coverage, rows, tamil_coverage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tamil_cov():
    return tamil_coverage()


@pytest.fixture(scope="module")
def english_cov():
    return english_coverage()[0]

TAMIL_EXACT = 117            # of 147, language v5 (2026-11-30), python -m benchmarks.everyday
ENGLISH_PARSED = 67          # of 67, language v8 (2026-12-01)


def test_the_sets_are_what_people_type():
    tamil, english = rows("tamil_everyday.tsv"), rows("english_everyday.tsv")
    assert len(tamil) >= 100 and len(english) >= 50
    assert {r["script"] for r in tamil} == {"tamil", "roman", "mixed"}
    assert all(r["tamil"].rstrip()[-1] in ".?" and r["english"].rstrip()[-1] in ".?" for r in tamil)
    assert all(3 <= len(r["english"].split()) <= 16 for r in english)


def test_tamil_coverage_does_not_fall(tamil_cov):
    cov = tamil_cov
    assert len(cov.exact) >= TAMIL_EXACT, cov.outside[:5]
    assert "t001" in cov.exact                                   # நான் நேற்று சென்னைக்குச் சென்றேன் .
    # language v3c: இது என்ன ?, எனக்குக் காபி வேண்டும் ., நாளை மழை பெய்யும் ., பேருந்து எப்போது வரும் ?,
    # நாங்கள் ஏற்கெனவே சாப்பிட்டோம் ., nee enga pora ? (spoken forms), அவள் என் தங்கை .
    assert {"t004", "t005", "t008", "t022", "t029", "t077", "t003"} <= set(cov.exact)
    # language v4: இன்று நான் மிகவும் மகிழ்ச்சியாக இருக்கிறேன் . (time first), உன் தம்பிக்கு எத்தனை வயது ?,
    # amma enga irukkaanga ? (spoken ending), sorry , naan late-aa vandhuten . (Tanglish), தம்பி பள்ளிக்குப் போனான் .,
    # அவர் என் அப்பா ., நீங்கள் தோசை சாப்பிடுவீர்களா ? (no -ஐ)
    assert {"t046", "t061", "t080", "t144", "t021", "t104", "t118"} <= set(cov.exact)


def test_english_coverage_does_not_fall(english_cov):
    cov = english_cov
    assert len(cov.exact) >= ENGLISH_PARSED


def test_the_readme_states_the_measured_coverage(tamil_cov, english_cov):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    tamil, total = map(int, re.search(r"reads (\d+) of (\d+) Tamil sentences", readme.replace("\n  ", " ")).groups())
    english, english_total = map(int, re.search(r"; (\d+) of (\d+) English", readme.replace("\n  ", " ")).groups())
    cov, en = tamil_cov, english_cov
    assert (tamil, total) == (len(cov.exact), cov.total)
    assert (english, english_total) == (len(en.exact), en.total)


def test_the_readme_states_what_the_translators_make_of_them(tamil_cov):
    """The headline row: of the everyday sentences in the language, how many each committed translator writes
    exactly as the person did (read from the committed checkpoints, the same function the benchmark prints)."""
    import re
    from pathlib import Path

    from benchmarks.everyday import translator_reads

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("|") and "everyday Tamil sentences" in line)
    (att, n), (plain, n2) = (translator_reads(name, covered=tamil_cov.exact) for name in ("attention", "plain"))
    assert n == n2 == len(tamil_cov.exact)
    assert f"| {att} / {n} with attention, {plain} / {n} without |" in row, row
    assert re.search(r"\| `python -m benchmarks.everyday` \|$", row)
