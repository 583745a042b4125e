"""CLI command modules, each with register(subparsers); listed in app.cli.COMMAND_MODULES."""
