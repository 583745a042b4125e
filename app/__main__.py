# `python -m app`: the command line without the window (the program is ui.launcher).
from app.cli import main

raise SystemExit(main())
