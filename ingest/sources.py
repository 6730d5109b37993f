"""Where articles come from: files and folders on disk, with the metadata of a MANIFEST.jsonl beside them.

Sources are read lazily, so a corpus of any size streams through ingest.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Source:
    """One file to ingest: its name (for messages) and raw bytes."""

    name: str
    data: bytes
    error: str = ""  # set when the file could not even be read
    # What is known of it beside its text (published, source, url); its front matter wins.
    metadata: dict = field(default_factory=dict)


def sources_from_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Source]:
    """Files and folders (recursively, *.txt), read lazily so a large corpus streams.

    The nearest `MANIFEST.jsonl` in or above a folder (or a file's folder) gives the files'
    metadata (see `read_manifest`).
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            manifest = _nearest_manifest(path)
            for child in sorted(path.rglob("*.txt")):
                yield read_source(child, manifest)
        else:
            yield read_source(path, _nearest_manifest(path.parent))


def count_sources(paths: Iterable[str | os.PathLike]) -> int:
    """How many sources `sources_from_paths` will give, without reading them (for progress bars)."""
    return sum(sum(1 for _ in Path(p).rglob("*.txt")) if Path(p).is_dir() else 1 for p in paths)


def read_source(path: Path, manifest: dict[Path, dict]) -> Source:
    """One file, or a Source saying why it cannot be read (a folder named x.txt, a broken link...)."""
    try:
        metadata = manifest.get(path.resolve(), {})
        return Source(str(path), path.read_bytes(), metadata=metadata)
    except OSError as error:
        return Source(str(path), b"", error=f"cannot read the file: {error.strerror or error}")


MANIFEST = "MANIFEST.jsonl"
log = logging.getLogger(__name__)


def _nearest_manifest(folder: Path) -> dict[Path, dict]:
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        if (candidate / MANIFEST).is_file():
            return read_manifest(candidate / MANIFEST)
    return {}


def read_manifest(path: Path) -> dict[Path, dict]:
    # Files named one by one share their folder's manifest: it is read once while unchanged.
    return _read_manifest(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _read_manifest(path: Path, mtime: int) -> dict[Path, dict]:
    """{file: metadata} from a JSON-lines manifest: one object per file, `file` relative to the
    manifest's folder, with any of `published` (YYYY-MM-DD), `outlet_name`, `outlet` or `source`, and `url`.

    Corpora ship their publication dates this way; without them "on Tuesday" cannot be resolved.
    Lines that are not such objects are passed over: the files are still ingested, undated.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        log.warning("cannot read %s (%s): its files are ingested without its metadata", path, error)
        return {}
    manifest = {}
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except (ValueError, RecursionError):
            row = None
        if not isinstance(row, dict) or not isinstance(row.get("file"), str):
            if line.strip():
                log.warning('%s, line %d: not a JSON object with a "file"; passed over', path, number)
            continue
        metadata = {
            "published": row.get("published"),
            # A manifest may name the outlet as readers know it; otherwise ingest makes its slug readable.
            "source": row.get("outlet_name") or row.get("outlet") or row.get("source"),
            "url": row.get("url"),
        }
        manifest[(path.parent / row["file"]).resolve()] = {k: v for k, v in metadata.items() if v}
    return manifest
