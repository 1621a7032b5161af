"""Content tests: the real data in data/ meets the content rules and covers the evidence
dossier (a few also look for it on the built pages)."""
