"""Allows ``python -m buurtapp``."""

import sys

from buurtapp.cli import main

sys.exit(main())
