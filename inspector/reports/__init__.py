"""Signed PDF reports: the PDF built from plain report content (reportlab), its PAdES signature
and its verification (pyHanko). Nothing here reads the vault: ``inspector.services.reports``
gathers the content and stores the result. Heavy libraries load inside the functions that use
them, never on import."""
