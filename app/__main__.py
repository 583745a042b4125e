# `python -m app`: the command line without the window (the program is ui.launcher).
from app.cli import main
from app.config import data_dir

raise SystemExit(main(log_folder=data_dir()))
