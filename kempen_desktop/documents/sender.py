"""Who a document comes from: the user's identity (name, function, organisation) and the
letterhead printed at the top of every PDF page (organisation, address, logo).

Plain values handed to the writers; the writers never read settings themselves. The UI
reads them from the settings registry (ui/common/sender.py) and gives them to the
Workspace, which passes them down to every PDF and e-mail draft. Nothing here imports
reportlab, so the e-mail writer can use it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Identity:
    """The user who prepares a document: "Opgesteld door …" and the e-mail signature."""

    name: str = ""
    function: str = ""
    organisation: str = ""

    def __bool__(self) -> bool:
        return bool(self.name or self.function or self.organisation)

    def byline(self) -> str:
        """'Opgesteld door An Peeters, regisseur sociale economie (Stad Turnhout)'; '' when
        nothing is known."""
        if not self:
            return ""
        who = ", ".join(part for part in (self.name, self.function) if part)
        if self.organisation:
            who = f"{who} ({self.organisation})" if who else self.organisation
        return f"Opgesteld door {who}"

    def signature(self) -> list[str]:
        """The lines under 'Met vriendelijke groeten,': name, function, organisation."""
        return [part for part in (self.name, self.function, self.organisation) if part]


@dataclass(frozen=True)
class Letterhead:
    """The header of every PDF page. `logo` holds the bytes of a PNG or JPEG (read by the
    caller), so a writer never opens a path."""

    organisation: str = ""
    address: str = ""
    logo: bytes = field(default=b"", repr=False)

    def __bool__(self) -> bool:
        return bool(self.organisation or self.address or self.logo)

    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


@dataclass(frozen=True)
class Sender:
    """Both together, as the Workspace keeps them for every document it writes."""

    identity: Identity = field(default_factory=Identity)
    letterhead: Letterhead = field(default_factory=Letterhead)


NOBODY = Sender()
