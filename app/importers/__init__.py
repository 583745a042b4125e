"""Reading directory files (CSV template, data·inclusion JSON, HSDS data package) into rows
that can be previewed; nothing here writes to the database (see app.services.directory_import).
"""
