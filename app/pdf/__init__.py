"""PDF documents made with ReportLab (imported lazily: never at start-up)."""
