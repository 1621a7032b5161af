"""Rebuild time under `mkdocs serve`: edit one data file, wait until the page shows it.

This is the contributor's loop (edit one YAML file, see the preview), so it is
timed end to end as they experience it: from the moment the edited file is saved until the
page served on 127.0.0.1 contains the change. That includes the file watcher, MkDocs'
debounce delay, loading the data again and rebuilding every page. Only loopback traffic:
the server binds 127.0.0.1 and requests bypass any proxy.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from macros.reading.loader import data_files
from macros.render.links import SECTION_FOLDERS

from .measure import BenchError, build_env
from .synthetic import record_stubs

DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass(frozen=True)
class ServeResult:
    """Seconds until the first page was served, and each edit-to-served rebuild."""

    first_build_s: float
    rebuilds_s: list[float]
    page: str
    data_file: str


def free_port() -> int:
    """A port nobody listens on right now, on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    """The page text, or None while the server is not answering yet."""
    try:
        with DIRECT.open(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(url: str, text: str, timeout: float, process: subprocess.Popen[bytes]) -> float:
    """Poll until the page contains `text`; returns when it did (perf_counter)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise BenchError("mkdocs serve stopped unexpectedly")
        body = fetch(url)
        if body is not None and text in body:
            return time.perf_counter()
        time.sleep(0.02)
    raise BenchError(f"{url} did not show {text!r} within {timeout:.0f} s")


def edit_target(project: Path) -> tuple[Path, str]:
    """A one-record-per-file data file whose record has a page, and that page's URL path."""
    data_dir = project / "data"
    stubs = {record_id: page for page, record_id in record_stubs(project / "docs", data_dir)}
    for kind, path in data_files(data_dir):
        if kind.one_per_file and path.stem in stubs and kind.collection in SECTION_FOLDERS:
            return path, f"{SECTION_FOLDERS[kind.collection]}/{path.stem}/"
    raise BenchError("no record with a page stub was found, so there is nothing to edit")


def write_marker(path: Path, marker: str) -> None:
    """Append `marker` to the record's summary and save atomically (as editors do)."""
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 4096
    document = yaml.load(path.read_text(encoding="utf-8"))
    document["summary"] = f"{str(document['summary']).split(' Benchedit')[0]} {marker}."
    temporary = path.with_suffix(".yaml.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        yaml.dump(document, handle)
    os.replace(temporary, path)


def measure_serve(project: Path, edits: int, timeout: float = 300) -> ServeResult:
    """Start `mkdocs serve` in `project`, then time `edits` edit-to-served rebuilds."""
    data_file, page = edit_target(project)
    port = free_port()
    url = f"http://127.0.0.1:{port}/{page}"
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=project, env=build_env(), stdout=log, stderr=subprocess.STDOUT
        )
        try:
            first = wait_for(url, "</html>", timeout, process) - start
            rebuilds = []
            for number in range(1, edits + 1):
                marker = f"Benchedit{number}x{port}"
                time.sleep(0.5)  # let the watcher settle after the previous build
                write_marker(data_file, marker)
                saved = time.perf_counter()
                rebuilds.append(wait_for(url, marker, timeout, process) - saved)
        except BenchError as error:
            log.seek(0)
            raise BenchError(f"{error}\n{log.read().decode(errors='replace')[-3000:]}") from None
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return ServeResult(first, rebuilds, page, data_file.relative_to(project).as_posix())
