"""Coordinator reports: figures aggregated in SQL, the monthly and annual PDFs, CSV/XLSX exports."""
