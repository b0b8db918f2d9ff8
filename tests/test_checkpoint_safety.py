"""Loading never executes code, and broken checkpoints give a clear error naming the fix."""

import os
import pickle

import pytest

from model.checkpoints import CheckpointError, load_checkpoint


class _Evil:
    """Unpickling this would create ``marker`` — the side effect that must never happen."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('pwned')",))


def test_missing_file(tmp_path):
    with pytest.raises(CheckpointError, match="missing.*python -m model train --only attention"):
        load_checkpoint(tmp_path / "seq2seq_attention.pt")


def test_truncated_and_random_files(tmp_path, tiny_dir):
    good = (tiny_dir / "seq2seq_plain.pt").read_bytes()
    trunc = tmp_path / "seq2seq_plain.pt"
    trunc.write_bytes(good[: len(good) // 3])
    with pytest.raises(CheckpointError, match="unreadable.*--only plain"):
        load_checkpoint(trunc)
    rand = tmp_path / "encoder.pt"
    rand.write_bytes(os.urandom(4096))
    with pytest.raises(CheckpointError, match="unreadable"):
        load_checkpoint(rand)


@pytest.mark.filterwarnings("ignore:Detected pickle protocol:UserWarning")   # the hostile file is protocol 4 on purpose
def test_malicious_pickle_never_runs(tmp_path):
    import torch

    marker = tmp_path / "marker"
    evil = tmp_path / "seq2seq_attention.pt"
    torch.save({"kind": "seq2seq", "payload": _Evil(marker)}, evil)
    raw = tmp_path / "encoder.pt"
    raw.write_bytes(pickle.dumps(_Evil(marker)))
    for path in (evil, raw):
        with pytest.raises(CheckpointError):
            load_checkpoint(path)
    assert not marker.exists()
    pickle.loads(raw.read_bytes())          # the payload is real: plain unpickling does run it
    assert marker.exists()


def test_wrong_structure_is_refused(tmp_path):
    import torch

    p = tmp_path / "seq2seq_plain.pt"
    torch.save({"hello": torch.zeros(2)}, p)
    with pytest.raises(CheckpointError, match="not an Attention Lab checkpoint"):
        load_checkpoint(p)
