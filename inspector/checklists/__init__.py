"""The checklist engine: forms as data, a safe expression language, and what answers mean."""
