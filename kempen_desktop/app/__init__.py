"""The application façade (`Workspace`) and what its operations report (`Changes`)."""

from kempen_desktop.app.changes import NOTHING, Changes
from kempen_desktop.app.workspace import Workspace

__all__ = ["NOTHING", "Changes", "Workspace"]
