"""Measure page speed on a phone with Lighthouse, and print the figures.

Serves the built site (site/, from `make build`) on 127.0.0.1 with gzip compression, as a
static host does, and runs Lighthouse (from the npm registry, installed by `npm ci`) with
its default mobile settings: a mid-range phone on a slow 4G network. Each page is measured
several times and the median is printed, because single runs vary. Not a test: the figures
depend on the machine, so they are printed for people to read, never asserted.

    python scripts/lighthouse.py [--site site] [--runs 3] [page ...]

Pages are paths below the site root ("" or "/" is the home page). The printed columns:
performance score, Largest Contentful Paint, Total Blocking Time, and the bytes the page
transferred (compressed) including everything it loaded; a figure that misses its target
(issue 14: score 98, LCP 2.0 s, TBT 100 ms, 120 KB) is marked with "!". Lighthouse times a
phone by slowing this machine's own CPU, so other work on the machine inflates LCP and TBT:
the load average before and after, and Lighthouse's own benchmark of this machine's speed,
are printed with the figures. Exit status: 0 when every run finished, 1 when Lighthouse
failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "",
    "first-aid/",
    "remedies/",
    "remedies/magnesium/",
    "remedies/quinine/",
    "myths/",
    "sources/",
]
# The targets: (lowest score, highest LCP in s, highest TBT in ms, highest KB gzip).
TARGETS = (98, 2.0, 100, 120)
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
# Chromium as the browser tests start it: no background traffic, no host but 127.0.0.1.
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --no-first-run --disable-sync --disable-default-apps "
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"'
)


class CompressingHandler(SimpleHTTPRequestHandler):
    """Static files, gzipped when the browser accepts it (as GitHub Pages and most hosts do)."""

    extensions_map = {  # noqa: RUF012
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    handler = functools.partial(CompressingHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Run:
    score: float
    lcp_ms: float
    tbt_ms: float
    bytes: int
    benchmark: float  # Lighthouse's benchmarkIndex of this machine during the run


def lighthouse_command() -> list[str]:
    """Lighthouse from node_modules (npm ci), or $LIGHTHOUSE."""
    given = os.environ.get("LIGHTHOUSE")
    local = ROOT / "node_modules" / ".bin" / "lighthouse"
    path = given or (str(local) if local.exists() else shutil.which("lighthouse"))
    if not path:
        sys.exit("Lighthouse is missing: run `npm ci` in the project folder (or set $LIGHTHOUSE).")
    return [path]


def chrome_path() -> str:
    path = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not path:
        sys.exit("Chromium is missing: install it (make browser) or set $CHROMIUM.")
    return path


def measure(url: str) -> Run:
    """One Lighthouse run, mobile defaults, performance only."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                *lighthouse_command(),
                url,
                "--only-categories=performance",
                "--output=json",
                "--output-path=stdout",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS} --user-data-dir={profile}",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "CHROME_PATH": chrome_path()},
            timeout=300,
            check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    audits = report["audits"]
    return Run(
        score=report["categories"]["performance"]["score"] * 100,
        lcp_ms=audits["largest-contentful-paint"]["numericValue"],
        tbt_ms=audits["total-blocking-time"]["numericValue"],
        bytes=int(audits["total-byte-weight"]["numericValue"]),
        benchmark=float(report.get("environment", {}).get("benchmarkIndex", 0)),
    )


def median_run(runs: list[Run]) -> Run:
    """The run with the median score (its own LCP and TBT), as Lighthouse's docs advise."""
    ordered = sorted(runs, key=lambda r: r.score)
    return ordered[len(ordered) // 2]


def marked(value: str, missed: bool) -> str:
    return value + ("!" if missed else " ")


def row(shown: str, run: Run, kilobytes: float) -> str:
    low_score, high_lcp, high_tbt, high_kb = TARGETS
    return (
        f"{shown:<24} {marked(f'{run.score:>5.0f}', run.score < low_score)} "
        f"{marked(f'{run.lcp_ms / 1000:>6.2f}', run.lcp_ms / 1000 > high_lcp)} "
        f"{marked(f'{run.tbt_ms:>7.0f}', run.tbt_ms > high_tbt)} "
        f"{marked(f'{kilobytes:>8.1f}', kilobytes > high_kb)}"
    )


def load_average() -> str:
    try:
        return "/".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=PAGES, help="paths below the site root")
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median printed)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no built site here; run `make build` first.", file=sys.stderr)
        return 2
    if args.runs < 1:
        print("--runs must be 1 or more.", file=sys.stderr)
        return 2
    print(f"Lighthouse mobile, median of {args.runs} run(s), site served gzipped on 127.0.0.1")
    print(f"load average (1/5/15 min) before: {load_average()}, CPUs: {os.cpu_count()}")
    print(f"{'page':<24} {'score':>5}  {'LCP s':>6}  {'TBT ms':>7}  {'KB gzip':>8}")
    benchmarks: list[float] = []
    with serve(args.site) as base:
        for page in args.pages:
            path = page.strip("/")
            path = f"{path}/" if path else ""
            try:
                runs = [measure(base + path) for _ in range(args.runs)]
            except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
                print(error, file=sys.stderr)
                return 1
            benchmarks += [r.benchmark for r in runs]
            kilobytes = statistics.median(r.bytes for r in runs) / 1024
            print(row("/" + path, median_run(runs), kilobytes), flush=True)
    print(
        f"load average after: {load_average()}; Lighthouse's benchmark of this machine: "
        f"median {statistics.median(benchmarks):.0f} (higher is faster)"
    )
    low_score, high_lcp, high_tbt, high_kb = TARGETS
    print(
        f"targets: score >= {low_score}, LCP <= {high_lcp} s, TBT <= {high_tbt} ms, "
        f"<= {high_kb} KB; ! marks a miss"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
