"""Locate the shipped resources directory (reference data, translations, icons)."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_RESOURCES_PACKAGE = "kempen_desktop.resources"


def resource_root() -> Traversable:
    """Return the root of the shipped resources.

    The resources live in the top-level ``resources/`` directory of the
    repository. When the application is installed, setuptools maps that
    directory to the package ``kempen_desktop.resources`` (``package-dir``),
    so ``importlib.resources`` finds it, also inside a wheel, zip or frozen
    bundle. In a source checkout that was not installed, that package does
    not exist (there is no ``kempen_desktop/resources/``), so we fall back to
    ``<repo>/resources`` next to the ``kempen_desktop`` package directory.

    The result is a ``Traversable``: use ``/`` and ``open()`` or
    ``read_text()`` on it rather than assuming a real filesystem path.
    """
    try:
        return resources.files(_RESOURCES_PACKAGE)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"
