"""Entry point of the frozen program, both `kelisim` (window) and `kelisim-cli` (commands).

The same as `python -m desktop`: with no command the window opens, otherwise the command runs.
"""

from desktop.cli import main

raise SystemExit(main())
