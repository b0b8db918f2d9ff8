"""The shared sentences live in ``benchmarks/sentences.py`` (benchmarks must not import tests); this name
stays for tests that still import it from here."""

from benchmarks.sentences import ENGLISH_40, SEED_ENGLISH, SEED_SOURCE, SOURCE_40, long_pair

__all__ = ["SEED_SOURCE", "SEED_ENGLISH", "SOURCE_40", "ENGLISH_40", "long_pair"]
