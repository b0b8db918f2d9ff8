"""Entry point: ``python -m model <command>`` (see model.cli)."""

import sys

from model.cli import main

sys.exit(main())
