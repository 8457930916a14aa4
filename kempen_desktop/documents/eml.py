"""An e-mail draft as a standard .eml file (RFC 5322, MIME): headers, a plain-text body and
attachments. The header `X-Unsent: 1` makes Outlook (and Thunderbird) open it as a new,
unsent message the user reviews and sends; this application never sends mail itself.
Built with the standard `email` package.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from kempen_desktop.documents.atomic import atomic_output
from kempen_desktop.documents.sender import Identity


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "pdf"


@dataclass(frozen=True)
class MailDraft:
    to: Sequence[tuple[str, str]]  # (display name, address)
    subject: str
    body: str
    attachments: Sequence[Attachment] = field(default_factory=tuple)
    date: datetime | None = None  # aware; defaults to now


def eml_bytes(draft: MailDraft) -> bytes:
    message = EmailMessage()
    if draft.to:
        message["To"] = ", ".join(formataddr((name, address)) for name, address in draft.to)
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(draft.date or datetime.now().astimezone())
    message["X-Unsent"] = "1"
    message.set_content(draft.body)
    for attachment in draft.attachments:
        message.add_attachment(
            attachment.data,
            maintype=attachment.maintype,
            subtype=attachment.subtype,
            filename=attachment.filename,
        )
    return message.as_bytes(policy=SMTP)


def signature(identity: Identity, fallback: str) -> str:
    """The closing of a draft: the greeting, then the user's name, function and organisation
    on their own lines (`fallback` when the user filled in none of them)."""
    lines = identity.signature() or [fallback]
    return "\n".join(["Met vriendelijke groeten,", *lines])


def write_eml(path: Path, draft: MailDraft) -> Path:
    """Write the draft to `path` (atomically)."""
    with atomic_output(Path(path)) as temp:
        Path(temp).write_bytes(eml_bytes(draft))
    return Path(path)


def safe_file_name(name: str) -> str:
    """A name usable as a file name on Windows, macOS and Linux."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)
    return cleaned.strip(" .")[:80] or "partner"
