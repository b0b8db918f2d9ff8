"""``python -m model train``: every checkpoint in turn, each followed by its held-out evaluation, which
is stored in the checkpoint. Each training uses one torch thread (``threads`` in its config), so two
``--only`` runs can share 2 cores side by side (the README shows how); with two threads each they would
slow each other far more than 2×."""

from __future__ import annotations

from tqdm import tqdm

from model.registry import ENCODERS, NAMES, TRANSLATORS


def train_all(only: str | None = None, directory=None) -> None:
    from model.evaluation.lengths import evaluate_and_store
    from model.evaluation.masked import evaluate_encoder_and_store
    from model.training.encoder import EncoderTrainConfig, train_encoder
    from model.training.seq2seq import TrainConfig, corpus, train_seq2seq

    names = NAMES if only is None else (only,)
    data = None
    if set(TRANSLATORS) & set(names):
        cfg = TrainConfig()
        tqdm.write("generating the seq2seq training and validation data …")
        data = (corpus(cfg, "train", cfg.train_size, 0), corpus(cfg, "valid", cfg.valid_size, 1))
    sets = hard = None
    for name in names:
        tqdm.write(f"== training {name}")
        if name in ENCODERS:
            cfg = (EncoderTrainConfig(objective="causal", epochs=12, schedule_epochs=14) if name == "causal"
                   else EncoderTrainConfig())
            train_encoder(cfg, out_dir=directory)
            evaluate_encoder_and_store(directory, name=name)
        else:
            train_seq2seq(name, out_dir=directory, data=data)
            if sets is None:
                from model.evaluation.hard import hard_sets
                from model.evaluation.lengths import test_sets

                tqdm.write("drawing the held-out test sets (length buckets, hard categories, unseen names) …")
                sets, hard = test_sets(), hard_sets()
            evaluate_and_store(name, directory, sets=sets, hard=hard)
