"""Safe reading of downloaded ZIP archives.

Sources ship CSVs inside ZIPs (ANEEL GD, INPE LABREN, INMET's ~600 station files). Members
are streamed, never extracted whole into memory, and every archive is treated as untrusted:

* a member name that is absolute or climbs out with ``..`` refuses the archive;
* a member that declares far more bytes than its compressed size (a zip bomb), or more
  than an absolute limit, is refused before a byte is inflated;
* a stream that yields more bytes than its header declared is stopped;
* a truncated or corrupt archive (typically an interrupted download) raises
  :class:`SourceFormatError` naming the file, instead of ``BadZipFile``/``EOFError``
  escaping from deep inside a parser.
"""

from __future__ import annotations

import io
import os
import queue
import re
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ..core.errors import SourceFormatError
from ..core.progress import Progress

MAX_RATIO = 200
RATIO_FLOOR = 50 * 1024 * 1024
MAX_MEMBER_SIZE = 20 * 1024**3
_BUFFER = 1024 * 1024
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)
_COMPRESSION_NAMES = {9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 99: "AES encryption"}


def is_zip(path: Path | str) -> bool:
    """True when the file starts like a ZIP archive (whatever its extension says)."""
    try:
        with open(path, "rb") as stream:
            return stream.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def open_zip_member(
    zip_path: Path | str,
    *,
    suffixes: tuple = (".csv",),
    name: str | None = None,
    max_ratio: float = MAX_RATIO,
    ratio_floor: int = RATIO_FLOOR,
    max_size: int = MAX_MEMBER_SIZE,
) -> tuple[str, BinaryIO]:
    """Open one member for streaming: ``(member_name, binary file object)``.

    ``name`` picks that member (exact name, or base name when unambiguous); otherwise the
    single member whose name ends with one of ``suffixes`` (case-insensitive; macOS
    ``__MACOSX`` resource files ignored) is taken, and zero or several are an error.
    Close the returned object when done (``with`` works).
    """
    zip_path = Path(zip_path)
    archive = _open_archive(zip_path)
    try:
        info = _select(archive, zip_path, suffixes, name)
        stream = _open_guarded(archive, info, zip_path, max_ratio, ratio_floor, max_size)
    finally:
        archive.close()  # the member keeps the file open until it is closed itself
    return info.filename, stream


def open_maybe_zipped(path: Path | str, *, suffixes: tuple = (".csv",), name: str | None = None, **limits):
    """``(name, binary stream)`` of a plain file, or of the right member when it is a ZIP.

    Lets every source accept ``.csv`` or ``.zip`` (or a ZIP saved without extension).
    """
    path = Path(path)
    if is_zip(path) or path.suffix.lower() == ".zip":
        return open_zip_member(path, suffixes=suffixes, name=name, **limits)
    try:
        return path.name, open(path, "rb")
    except OSError as error:
        raise SourceFormatError(f"Cannot open {path}: {error}") from None


def list_members(zip_path: Path | str, suffixes: tuple = (".csv",)) -> list[str]:
    """Names of the data members ending with one of ``suffixes``, in archive order."""
    zip_path = Path(zip_path)
    with _open_archive(zip_path) as archive:
        return [info.filename for info in _matching(archive, suffixes)]


def iter_members(
    zip_path: Path | str,
    suffixes: tuple = (".csv",),
    *,
    max_ratio: float = MAX_RATIO,
    ratio_floor: int = RATIO_FLOOR,
    max_size: int = MAX_MEMBER_SIZE,
) -> Iterator[tuple[str, BinaryIO]]:
    """Yield ``(member_name, stream)`` for every matching member, one open at a time.

    Read each stream inside the loop: it is closed when the loop moves on.
    """
    zip_path = Path(zip_path)
    with _open_archive(zip_path) as archive:
        for info in _matching(archive, suffixes):
            with _open_guarded(archive, info, zip_path, max_ratio, ratio_floor, max_size) as stream:
                yield info.filename, stream


def read_ahead(items: Iterable, depth: int = 2) -> Iterator:
    """Iterate ``items`` in a background thread, up to ``depth`` items ahead of the consumer.

    Inflating ZIP members and reading files release the GIL, so the next member is read while
    the caller parses the current one. Exceptions reach the consumer in order; when the consumer
    stops early, the producer stops at its next item.
    """
    end = object()
    waiting: queue.Queue = queue.Queue(depth)
    stop = threading.Event()

    def produce() -> None:
        outcome = (end, None)
        try:
            for item in items:
                if stop.is_set():
                    return
                waiting.put((item, None))
        except BaseException as error:  # noqa: BLE001 (re-raised in the consumer's thread)
            outcome = (end, error)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()
        waiting.put(outcome)

    producer = threading.Thread(target=produce, name="read-ahead", daemon=True)
    producer.start()
    try:
        while True:
            item, error = waiting.get()
            if item is end:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        while producer.is_alive():  # unblock a producer waiting on a full queue
            try:
                waiting.get(timeout=0.05)
            except queue.Empty:
                pass
        producer.join()


def extract_member_to(
    zip_path: Path | str,
    member: str,
    folder: Path | str,
    progress: Progress | None = None,
    **limits,
) -> Path:
    """Extract ``member`` under ``folder`` (keeping its sub-folders) and return its path.

    The output is guaranteed to stay inside ``folder``; it is written to a ``.part`` file
    and renamed, so a failure or cancel leaves no half file under the final name.
    """
    progress = progress or Progress()
    folder = Path(folder)
    name, source = open_zip_member(zip_path, name=member, suffixes=(), **limits)
    with source:
        target = _inside(folder, name, Path(zip_path))
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        try:
            with open(part, "wb") as out:
                while True:
                    progress.check_cancelled()
                    chunk = source.read(_BUFFER)
                    if not chunk:
                        break
                    out.write(chunk)
            os.replace(part, target)
        finally:
            part.unlink(missing_ok=True)
    return target


# -- internals -------------------------------------------------------------------------------
def _open_archive(zip_path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(zip_path)
    except FileNotFoundError:
        raise SourceFormatError(f"File not found: {zip_path}") from None
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise SourceFormatError(_damaged_message(zip_path, error)) from None
    for info in archive.infolist():
        if _escapes(info.filename):
            archive.close()
            raise SourceFormatError(
                f"{zip_path} holds a member named {info.filename!r} that points outside its folder "
                "(absolute path or '..'): the archive is refused."
            )
    return archive


def _damaged_message(zip_path: Path, error: Exception) -> str:
    try:
        with open(zip_path, "rb") as stream:
            head = stream.read(64).lstrip()
    except OSError:
        head = b""
    if head[:1] == b"<":
        hint = "it looks like an HTML page (an error or login page saved instead of the file)"
    elif head[:2] == b"PK":
        hint = "it is probably an interrupted download: fetch it again with refresh"
    else:
        hint = "it is not a ZIP archive, or it is an interrupted download: fetch it again with refresh"
    return f"{zip_path} is not a complete ZIP archive ({error}); {hint}."


def _escapes(name: str) -> bool:
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return True
    return ".." in PurePosixPath(normal).parts


def _is_data_member(info: zipfile.ZipInfo) -> bool:
    parts = PurePosixPath(info.filename.replace("\\", "/")).parts
    return not info.is_dir() and "__MACOSX" not in parts and not parts[-1].startswith("._")


def _matching(archive: zipfile.ZipFile, suffixes: tuple) -> list[zipfile.ZipInfo]:
    lowered = tuple(s.lower() for s in suffixes)
    return [
        info
        for info in archive.infolist()
        if _is_data_member(info) and (not lowered or info.filename.lower().endswith(lowered))
    ]


def _select(archive: zipfile.ZipFile, zip_path: Path, suffixes: tuple, name: str | None) -> zipfile.ZipInfo:
    if name is not None:
        members = [i for i in archive.infolist() if not i.is_dir()]
        exact = [i for i in members if i.filename == name]
        by_base = [i for i in members if PurePosixPath(i.filename.replace("\\", "/")).name == name]
        found = exact or by_base
        if len(found) == 1:
            return found[0]
        what = "several members" if found else "no member"
        raise SourceFormatError(
            f"{zip_path} has {what} named {name!r}; members: {_names(members)}"
        )
    candidates = _matching(archive, suffixes)
    if len(candidates) == 1:
        return candidates[0]
    kinds = "/".join(suffixes) or "data"
    if not candidates:
        raise SourceFormatError(
            f"{zip_path} holds no {kinds} file; members: {_names(archive.infolist())}"
        )
    raise SourceFormatError(
        f"{zip_path} holds several {kinds} files ({_names(candidates)}); name the one to read."
    )


def _names(infos) -> str:
    names = [i.filename for i in infos]
    return ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "") or "(empty)"


def _open_guarded(archive, info, zip_path, max_ratio, ratio_floor, max_size) -> BinaryIO:
    declared, packed = info.file_size, info.compress_size
    if declared > max_size or (declared > ratio_floor and declared > max_ratio * max(packed, 1)):
        raise SourceFormatError(
            f"{zip_path}: member {info.filename} would inflate from {packed:,} to {declared:,} bytes "
            f"(limits: {max_size:,} bytes, or {max_ratio:g}x its compressed size above {ratio_floor:,} bytes). "
            "Refused as a possible zip bomb."
        )
    try:
        raw = archive.open(info)
    except _READ_ERRORS as error:
        raise SourceFormatError(_member_message(zip_path, info, error)) from None
    return io.BufferedReader(_GuardedMember(raw, info, zip_path), buffer_size=_BUFFER)


def _member_message(zip_path: Path, info: zipfile.ZipInfo, error: Exception) -> str:
    method = _COMPRESSION_NAMES.get(info.compress_type)
    if isinstance(error, NotImplementedError) and method:
        return (
            f"{zip_path}: member {info.filename} uses {method} compression, which cannot be read here; "
            "re-compress the archive with standard Deflate."
        )
    if isinstance(error, RuntimeError) and info.flag_bits & 0x1:
        return f"{zip_path}: member {info.filename} is encrypted."
    return (
        f"{zip_path}: member {info.filename} is damaged ({error}); the archive is probably an "
        "interrupted download: fetch it again with refresh."
    )


class _GuardedMember(io.RawIOBase):
    """A member stream that stops at the declared size and names the file on errors."""

    def __init__(self, raw, info: zipfile.ZipInfo, zip_path: Path):
        self._raw, self._info, self._zip_path = raw, info, zip_path
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(len(buffer))
        except _READ_ERRORS as error:
            raise SourceFormatError(_member_message(self._zip_path, self._info, error)) from None
        self._count += len(data)
        if self._count > self._info.file_size:
            raise SourceFormatError(
                f"{self._zip_path}: member {self._info.filename} yields more than the "
                f"{self._info.file_size:,} bytes its header declares; refused as a possible zip bomb."
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def _inside(folder: Path, member: str, zip_path: Path) -> Path:
    root = folder.resolve()
    target = (root / member.replace("\\", "/")).resolve()
    if target == root or root not in target.parents:
        raise SourceFormatError(f"{zip_path}: member {member!r} would be extracted outside {folder}; refused.")
    return target
