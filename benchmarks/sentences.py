"""Sentences the benchmarks and tests share (defined once, here: benchmarks never import tests)."""

from model.language.seeds import SEED_ENGLISH, SEED_SOURCE

__all__ = ["SEED_SOURCE", "SEED_ENGLISH", "SOURCE_40", "ENGLISH_40", "long_pair"]

SOURCE_40 = ("antha maelaalar naetru antha vaadikkaiyaalarukku irandu kadithangalai anuppinaar , aanaal "
             "piriyaa naalai antha aluvalakatthukku selvaal , piraku aval antha maelaalaroadu paesuvaal , "
             "maelum ravi vanthaan .")
ENGLISH_40 = ("the manager sent two letters to the client yesterday , but priya will go to the office tomorrow , "
              "and then she will speak with the manager , and ravi came .")


def long_pair(lo: int = 56, hi: int = 60, seed: int = 1000):
    """A held-out sentence pair of the language with a source of ``lo``–``hi`` tokens that the committed
    attention model's vocabulary covers (the language may have grown since it was trained)."""
    from model.checkpoints import checkpoint_path, load_checkpoint
    from model.language.seeds import example_pair

    payload = load_checkpoint(checkpoint_path("attention"), "attention")
    known = frozenset(payload.get("src_words") or payload["src_vocab"])
    return example_pair(seed, (lo, hi), known)
