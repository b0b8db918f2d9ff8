"""``python -m model.playground.worker CONFIG_JSON``: one playground training in its own process.

Prints one JSON line per evaluation (``{"row": …}``) and a last line ``{"done": …}`` (the record without
its history) or ``{"error": …}``. A line "stop" on stdin, or stdin closing (the server went away), stops
the run at the next step. One torch thread and a lower priority: this process's own settings."""

from __future__ import annotations

import json
import os
import sys
import threading


def main(argv: list[str] | None = None) -> None:
    import torch

    from model.playground.trainer import PlaygroundConfig, train

    torch.set_num_threads(1)
    try:
        os.nice(10)
    except OSError:
        pass
    args = json.loads((argv if argv is not None else sys.argv[1:])[0])
    cfg = PlaygroundConfig(**{**args, "models": tuple(args.get("models", ()))})
    stop = threading.Event()

    def watch_stdin() -> None:
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        stop.set()                                      # "stop", or EOF: the server is gone

    threading.Thread(target=watch_stdin, daemon=True).start()

    def emit(obj: dict) -> None:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()

    try:
        record = train(cfg, on_update=lambda row: emit({"row": row}), should_stop=stop.is_set)
        process = {"threads": torch.get_num_threads(), "nice": os.nice(0)}     # what the page says about it
        emit({"done": {**{k: v for k, v in record.items() if k != "history"}, "process": process}})
    except Exception as err:  # noqa: BLE001 — reported to the page as a message
        emit({"error": f"{type(err).__name__}: {err}"})


if __name__ == "__main__":
    main()
