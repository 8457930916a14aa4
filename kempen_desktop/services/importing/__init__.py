"""Importing VDAB and OCMW lists: read, map, validate, match, preview, apply, undo."""
