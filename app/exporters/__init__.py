"""Writing the directory to files: CSV template, data·inclusion JSON, HSDS package, PDF."""
