"""PySide6 widgets: the main window, its pages, dialogs, item models and background tasks."""
