"""The model registry is the one list of models: every checkpoint it names is committed, every model has its
own colour and title, and the kinds split into the translators and the encoders the pages use."""

from model.checkpoints import CHECKPOINT_DIR, load_checkpoint
from model.registry import COLOURS, ENCODERS, FILES, MODELS, NAMES, TITLES, TRANSLATORS


def test_every_model_once_with_its_own_title_and_colour():
    assert len(set(NAMES)) == len(NAMES) == len(MODELS)
    assert len(set(TITLES.values())) == len(TITLES) and len(set(COLOURS.values())) == len(COLOURS)
    assert set(TRANSLATORS) | set(ENCODERS) == set(NAMES) and not set(TRANSLATORS) & set(ENCODERS)


def test_each_committed_checkpoint_is_the_kind_the_registry_says():
    for spec in MODELS:
        payload = load_checkpoint(CHECKPOINT_DIR / FILES[spec.name], spec.name)
        assert payload["kind"] == spec.kind, spec
