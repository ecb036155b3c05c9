"""The bundle's entry point (PyInstaller): the same as the ``buurtapp`` command.

No command starts the window; ``--help`` lists the commands. Kept apart from
``buurtapp/__main__.py`` so PyInstaller analyses the installed package, not the checkout.
"""

import sys

from buurtapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
