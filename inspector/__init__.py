"""Field Inspector: offline-first inspections of private recruitment agencies."""

__version__ = "0.1.0"
