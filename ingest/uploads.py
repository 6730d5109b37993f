"""Turn what an admin uploaded (.txt files, .zip archives of them) into ingest `Source`s.

Pure functions over bytes and file objects: nothing here touches the database. Every file that
cannot be taken becomes a Source with `error` set, so ingest reports it beside the others instead
of the whole upload failing. Nothing is ever written to disk, so member paths only matter for the
messages, but unsafe ones are still refused: they are the sign of a crafted archive.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from django.conf import settings

from ingest.sources import Source

CHUNK = 64 * 1024
ZIP_MAGIC = b"PK\x03\x04"
MAX_NAME = 250


@dataclass(frozen=True)
class Limits:
    file_bytes: int  # one article
    zip_members: int  # files in one archive
    zip_bytes: int  # one archive, compressed or expanded
    request_bytes: int = 10**8  # everything one upload expands to

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            file_bytes=settings.NEWSDESK_MAX_UPLOAD_BYTES,
            zip_members=settings.NEWSDESK_MAX_ZIP_MEMBERS,
            zip_bytes=settings.NEWSDESK_MAX_ZIP_BYTES,
            request_bytes=settings.NEWSDESK_MAX_UPLOAD_TOTAL_BYTES,
        )


def expand_uploads(files: Iterable[tuple[str, BinaryIO]], limits: Limits) -> Iterator[Source]:
    """One Source per article: .txt files as they are, the .txt members of each zip."""
    for raw_name, stream in files:
        name = display_name(raw_name)
        suffix = PurePosixPath(name.lower()).suffix
        if suffix == ".zip":
            yield from expand_zip(name, stream, limits)
        elif suffix == ".txt":
            data = read_capped(stream, limits.file_bytes)
            if data is None:
                yield Source(name, b"", error=too_large(limits.file_bytes))
            else:
                yield Source(name, data)
        else:
            yield Source(name, b"", error="only .txt files, or a .zip of .txt files, are accepted.")


def expand_zip(name: str, stream: BinaryIO, limits: Limits) -> Iterator[Source]:
    # The archive itself can be no bigger than what it may expand to.
    size = _stream_size(stream)
    if size is not None and size > limits.zip_bytes:
        yield Source(name, b"", error=f"the zip is larger than {limits.zip_bytes:,} bytes; split it up.")
        return
    try:
        archive = zipfile.ZipFile(stream)
        members = [
            info for info in archive.infolist() if not info.is_dir() and not _is_os_clutter(info.filename)
        ]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        yield Source(name, b"", error="this is not a readable zip file.")
        return
    if len(members) > limits.zip_members:
        yield Source(
            name,
            b"",
            error=f"the zip holds {len(members):,} files; at most {limits.zip_members:,} are accepted.",
        )
        return
    declared = sum(info.file_size for info in members)
    if declared > limits.zip_bytes:
        yield Source(
            name,
            b"",
            error=f"the zip expands to {declared:,} bytes; at most {limits.zip_bytes:,} are accepted.",
        )
        return
    budget = limits.zip_bytes
    with archive:
        for info in members:
            label = f"{name}/{display_name(info.filename, keep_path=True)}"
            if budget <= 0:
                # Declared sizes lied: stop reading rather than inflate any further.
                yield Source(
                    label, b"", error=f"not read: the zip expands to more than {limits.zip_bytes:,} bytes."
                )
                continue
            problem = member_problem(info, limits)
            if problem:
                yield Source(label, b"", error=problem)
                continue
            try:
                with archive.open(info) as member:
                    data = read_capped(member, min(limits.file_bytes, budget))
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                EOFError,
                NotImplementedError,
                RuntimeError,
            ) as error:
                yield Source(label, b"", error=f"this zip member cannot be read ({error}).")
                continue
            if data is None:
                if budget < limits.file_bytes:
                    budget = 0
                    yield Source(
                        label, b"", error=f"the zip expands to more than {limits.zip_bytes:,} bytes."
                    )
                else:
                    yield Source(label, b"", error=too_large(limits.file_bytes))
                continue
            budget -= len(data)
            yield Source(label, data)


def member_problem(info: zipfile.ZipInfo, limits: Limits) -> str:
    """Why a zip member is refused before reading it, or ""."""
    path = info.filename.replace("\\", "/")
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        return "refused: absolute paths are not allowed in a zip."
    if ".." in path.split("/"):
        return "refused: paths leading out of the zip (../) are not allowed."
    if info.flag_bits & 0x1:
        return "refused: encrypted zip members cannot be read."
    suffix = PurePosixPath(path.lower()).suffix
    if suffix == ".zip":
        return "refused: zips inside a zip are not opened; upload them separately."
    if suffix != ".txt":
        return "skipped: not a .txt file."
    if info.file_size > limits.file_bytes:
        return too_large(limits.file_bytes)
    return ""


def read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream, or None as soon as it proves longer than `limit` (never reads past it)."""
    chunks, total = [], 0
    while chunk := stream.read(min(CHUNK, limit + 1 - total)):
        total += len(chunk)
        if total > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def too_large(limit: int) -> str:
    return f"the file is larger than {limit:,} bytes; articles that large are not accepted."


def display_name(name: str, *, keep_path: bool = False) -> str:
    """A printable name for the report: browsers may send paths, and names may hold anything."""
    name = "".join(c if c.isprintable() else "?" for c in name.replace("\\", "/"))
    if not keep_path:
        name = name.rsplit("/", 1)[-1]
    name = name or "unnamed"
    if len(name) <= MAX_NAME:
        return name
    # Shortened in the middle, so the suffix that says what the file is stays.
    return f"{name[: MAX_NAME - 12]}…{name[-11:]}"


def _is_os_clutter(path: str) -> bool:
    # macOS adds resource forks (__MACOSX/._x.txt) to every zip it makes: not articles, not errors.
    parts = path.replace("\\", "/").split("/")
    return parts[0] == "__MACOSX" or parts[-1].startswith("._") or parts[-1] in {".DS_Store", "Thumbs.db"}


def _stream_size(stream: BinaryIO) -> int | None:
    size = getattr(stream, "size", None)
    if size is not None:
        return size
    try:
        position = stream.tell()
        end = stream.seek(0, 2)
        stream.seek(position)
        return end
    except (AttributeError, OSError, ValueError):
        return None
