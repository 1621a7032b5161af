"""Check that every source's web address (and DOI) still opens; write a Markdown report.

Run weekly by .github/workflows/links.yml, which turns the report into an issue. Not part of
the test suite's network use: the tests check the parsing and the report against a local
server. Standard library only, plus the project's loader, so it needs no extra installs.

    python scripts/check_links.py [--report broken-links.md] [--workers 8] [--timeout 20]

Exit status: 0 when every link opened, 1 when some are broken, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.models.kinds import KINDS_BY_COLLECTION  # noqa: E402
from macros.reading.loader import load_file  # noqa: E402 - the project root must be importable first

USER_AGENT = "night-cramps-link-check/1.0 (+https://night-cramps.github.io/)"
# Publishers often refuse scripts (401/403) or rate-limit them (429): that says nothing about
# whether the page exists, so such links are listed as "could not check", not as broken.
REFUSED = {401, 403, 429}


@dataclass
class Link:
    """One address to check and every source that cites it."""

    url: str
    cited_by: list[str] = field(default_factory=list)  # "source-id (data/sources.yaml:12)"


@dataclass(frozen=True)
class Result:
    """The outcome for one link: "ok", "broken" or "refused", with a reason."""

    link: Link
    state: str
    detail: str


def collect_links(data_dir: Path, root: Path) -> list[Link]:
    """Every source URL, plus https://doi.org/<doi> when a DOI is given, without duplicates."""
    kind = KINDS_BY_COLLECTION["sources"]
    path = data_dir / kind.path
    if not path.is_file():
        return []
    records, _ = load_file(kind, path, root)
    links: dict[str, Link] = {}
    for raw in records:
        if not isinstance(raw.data, dict):
            continue
        where = f"{raw.data.get('id', '?')} ({raw.file}:{raw.position().line})"
        addresses = [raw.data.get("url")]
        if raw.data.get("doi"):
            addresses.append(f"https://doi.org/{raw.data['doi']}")
        for url in addresses:
            if isinstance(url, str) and url.startswith(("https://", "http://")):
                links.setdefault(url, Link(url)).cited_by.append(where)
    return list(links.values())


def classify(status: int) -> str:
    """The state for an HTTP status after redirects were followed."""
    if status < 400:
        return "ok"
    if status in REFUSED:
        return "refused"
    return "broken"


def _request(url: str, method: str, timeout: float) -> int:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def check(link: Link, timeout: float = 20, retries: int = 1, pause: float = 2) -> Result:
    """HEAD first (cheap); GET when a server refuses HEAD; retry once on errors and 5xx."""
    detail = ""
    for attempt in range(retries + 1):
        try:
            status = _request(link.url, "HEAD", timeout)
            if status in {403, 404, 405, 501} or status >= 500:
                status = _request(link.url, "GET", timeout)
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            detail = f"could not connect: {reason}"
        else:
            state = classify(status)
            if state != "broken" or status < 500 or attempt == retries:
                return Result(link, state, f"HTTP {status}")
            detail = f"HTTP {status}"
        if attempt < retries:
            time.sleep(pause)
    return Result(link, "broken", detail)


def check_all(
    links: Iterable[Link], workers: int = 8, checker: Callable[[Link], Result] = check
) -> list[Result]:
    """Check links in parallel (politely few at once); results keep the input order."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(checker, links))


def report(results: list[Result], today: dt.date) -> str:
    """Markdown for the issue body (and the run summary)."""
    broken = [r for r in results if r.state == "broken"]
    refused = [r for r in results if r.state == "refused"]
    lines = [
        f"Checked {len(results)} source links on {today.isoformat()}: {len(broken)} broken, "
        f"{len(refused)} could not be checked (the website refused automated requests).",
    ]
    for title, group, advice in (
        (
            "Broken",
            broken,
            "Find the new address (or an archived copy) and update the source's `url` in "
            "`data/sources.yaml`; if the source is gone, replace it.",
        ),
        ("Could not check", refused, "Open these in a browser; no action if they work."),
    ):
        if not group:
            continue
        lines += [
            "",
            f"## {title}",
            "",
            advice,
            "",
            "| link | problem | cited by |",
            "| --- | --- | --- |",
        ]
        for result in group:
            cited = "<br>".join(result.link.cited_by)
            lines.append(f"| <{result.link.url}> | {result.detail} | {cited} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT / "data"), help="the data folder")
    parser.add_argument("--report", help="write the Markdown report to this file")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args(argv)
    data = Path(args.data).resolve()
    links = collect_links(data, data.parent)
    if not links:
        print(f"No source links found in {data}.", file=sys.stderr)
        return 2
    results = check_all(links, args.workers, lambda link: check(link, args.timeout))
    text = report(results, dt.date.today())
    if args.report:
        Path(args.report).write_text(text, encoding="utf-8")
    print(text, end="")
    return 1 if any(r.state == "broken" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
