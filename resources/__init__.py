"""Shipped resources: reference data, translations, icons (installed as kempen_desktop.resources)."""
