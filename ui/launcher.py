"""The `aiguillage` program: the command line of app.cli, with the window added.

Without a sub-command it opens the window (ui.commands.run_window); `run` and `screenshot`
come from ui.commands, every other command from app.commands. This is the one place that
knows both layers, so that app/ never names ui/ (pyproject's entry point, build.spec's script
through ui/__main__.py). Every command logs to the user data folder, as the window does.
"""

from app import cli
from app.config import data_dir
from ui import commands


def main(argv: list[str] | None = None) -> int:
    return cli.main(
        argv,
        command_modules=(commands.__name__, *cli.COMMAND_MODULES),
        default_handler=commands.run_window,
        log_folder=data_dir(),  # the window's own log and crash file, for commands too
    )
