"""Open a downloaded source table as a binary stream: a plain CSV or the CSV inside a ZIP."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from ..core.errors import SourceFormatError


def open_table(path: Path, suffixes: tuple = (".csv",)) -> tuple[str, BinaryIO, int]:
    """``(name for messages, binary stream, uncompressed size)`` of a local .csv or .zip file."""
    path = Path(path)
    if not zipfile.is_zipfile(path):
        if path.suffix.lower() == ".zip":
            raise SourceFormatError(f"{path.name}: not a readable ZIP archive (truncated or damaged download?).")
        return path.name, path.open("rb"), path.stat().st_size
    from .archive import open_zip_member

    member, stream = open_zip_member(path, suffixes=suffixes)
    try:
        with zipfile.ZipFile(path) as archive:
            size = archive.getinfo(member).file_size
    except (zipfile.BadZipFile, KeyError) as error:
        stream.close()
        raise SourceFormatError(f"{path.name}: cannot read member {member}: {error}") from error
    return f"{path.name}:{member}", stream, size
