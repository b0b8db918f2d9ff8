"""Training the checkpoints, one at a time, seeded, with progress bars: ``python -m model train``."""
