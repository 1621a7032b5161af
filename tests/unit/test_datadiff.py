"""`make diff BASE=<rev>`: records added, changed (which fields) and removed, as Markdown.

Each test builds a tiny git repository in a temporary folder, so the summary is checked
against real `git` revisions and a real work tree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from macros.commands.datadiff import main
from tests.helpers.gitrepo import REMEDY, SOURCES, commit, git, write
from tests.helpers.project import ROOT


def run(repo: Path, base: str, head: str | None, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(repo, base, head) == 0
    return capsys.readouterr().out


def test_added_changed_and_removed_in_the_work_tree(repo: Path, capsys) -> None:
    write(
        repo,
        "data/remedies/cherry-juice.yaml",
        REMEDY.format(id="cherry-juice", name="Cherry juice", verdict="unclear"),
    )
    write(
        repo,
        "data/remedies/stretching.yaml",
        REMEDY.format(id="stretching", name="Stretching", verdict="may-help").replace(
            "A short summary.", "A much better summary that is too long to show."
        ),
    )
    (repo / "data/remedies/magnesium.yaml").unlink()
    out = run(repo, "main", None, capsys)
    assert out.startswith("## Data changes\n")
    assert "with the work tree: 1 added, 1 changed, 1 removed." in out
    assert "### Remedies" in out
    assert "- **Added** `cherry-juice` (Cherry juice)" in out
    assert "- **Removed** `magnesium` (Magnesium)" in out
    assert (
        "- **Changed** `stretching` (Stretching): `summary`, `verdict` (`unclear` → `may-help`)"
        in out
    )


def test_records_are_compared_parsed_not_as_lines(repo: Path, capsys) -> None:
    """Reformatting (flow list to block list, comments, key order) is not a change."""
    text = (repo / "data/remedies/stretching.yaml").read_text(encoding="utf-8")
    reformatted = "# a comment\n" + text.replace("use: [prevent]", "use:\n  - prevent")
    first, rest = reformatted.split("\n", 2)[1], reformatted.split("\n", 2)[2]
    write(repo, "data/remedies/stretching.yaml", "# a comment\n" + rest + first + "\n")
    out = run(repo, "main", None, capsys)
    assert "0 added, 0 changed, 0 removed" in out
    assert "No records were added, changed or removed." in out


def test_list_files_are_compared_per_record(repo: Path, capsys) -> None:
    write(
        repo,
        "data/sources.yaml",
        SOURCES.replace("year: 2020", "year: 2021")
        + "- id: jones2019-csr\n  kind: systematic-review\n  title: A review\n  year: 2019\n"
        "  publisher: Cochrane\n  url: https://example.org/b\n"
        "  checked: {against: abstract, date: 2020-01-01}\n",
    )
    out = run(repo, "main", None, capsys)
    assert "### Sources" in out
    assert "- **Added** `jones2019-csr` (A review)" in out
    assert "- **Changed** `smith2020-rct` (A trial): `year` (`2020` → `2021`)" in out


def test_two_revisions(repo: Path, capsys) -> None:
    base = git(repo, "rev-parse", "HEAD")
    write(
        repo,
        "data/remedies/stretching.yaml",
        REMEDY.format(id="stretching", name="Stretching", verdict="unclear")
        + "how_to:\n  - Stretch.\n",
    )
    head = commit(repo, "how to")
    write(repo, "data/remedies/extra.yaml", "id: extra\n")  # uncommitted: not part of HEAD
    out = run(repo, base, "HEAD", capsys)
    assert f"`HEAD` ({head[:12]})" in out and base[:12] in out
    assert "- **Changed** `stretching` (Stretching): `how_to` ((none) → 1 item)" in out
    assert "extra" not in out


def test_a_revision_without_data_counts_everything_as_added(tmp_path: Path, capsys) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path, "README.md", "hello\n")
    commit(tmp_path, "empty")
    write(tmp_path, "data/sources.yaml", SOURCES)
    out = run(tmp_path, "main", None, capsys)
    assert "1 added, 0 changed, 0 removed" in out


def test_unreadable_yaml_is_reported_not_fatal(repo: Path, capsys) -> None:
    write(repo, "data/remedies/broken.yaml", "id: broken\nname: [unclosed\n")
    out = run(repo, "main", None, capsys)
    assert "### Files that could not be read" in out
    assert "`data/remedies/broken.yaml`" in out


def test_an_unknown_revision_says_what_to_do(repo: Path, capsys) -> None:
    assert main(repo, "origin/nope", None) == 2
    err = capsys.readouterr().err
    assert 'cannot find the revision "origin/nope"' in err and "git fetch" in err


def test_the_command_line(repo: Path) -> None:
    """`python -m macros diff BASE` is what `make diff` runs."""
    write(
        repo,
        "data/remedies/new-one.yaml",
        REMEDY.format(id="new-one", name="New one", verdict="unclear"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(repo), "diff", "main"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "- **Added** `new-one` (New one)" in done.stdout


def test_an_impossible_date_is_a_located_sentence_on_either_side(repo: Path, capsys) -> None:
    bad = REMEDY.format(id="stretching", name="Stretching", verdict="unclear").replace(
        "reviewed: 2026-01-01", "reviewed: 2026-13-45"
    )
    write(repo, "data/remedies/stretching.yaml", bad)
    head = commit(repo, "a month that does not exist")
    expected = (
        "- `data/remedies/stretching.yaml` line 5: 2026-13-45 is not a real date: the month "
        "must be 1 to 12."
    )
    assert expected in run(repo, "HEAD~1", "HEAD", capsys)  # in a revision
    assert expected in run(repo, "HEAD~1", None, capsys)  # in the work tree
    # Unreadable in the base, the record counts as added rather than stopping the summary.
    assert "- **Added** `stretching`" in run(repo, head, "HEAD~1", capsys)


def test_a_revision_cannot_make_the_diff_read_outside_data(repo: Path, capsys) -> None:
    """git stores links: a commit may link a record to any file on the machine, or hold a
    huge file. The diff judges them like the validator does and never reads them."""
    secret = repo.parent / "secret.yaml"
    secret.write_text("id: secret\nname: The secret\n", encoding="utf-8")
    (repo / "data/remedies/secret.yaml").symlink_to(secret)
    (repo / "data/remedies/zero.yaml").symlink_to("/dev/zero")
    (repo / "data/remedies/stretching.yaml").unlink()
    write(repo, "data/remedies/.kept.yaml", REMEDY.format(id="stretching", name="S", verdict="no"))
    (repo / "data/remedies/stretching.yaml").symlink_to(".kept.yaml")  # inside data/: followed
    write(repo, "data/remedies/big.yaml", "id: big\n" + "# padding\n" * 100_000)
    commit(repo, "hostile")
    out = run(repo, "HEAD~1", "HEAD", capsys)
    assert "- `data/remedies/secret.yaml` line 1: this is a link to a file outside data/" in out
    assert "- `data/remedies/zero.yaml` line 1: this is a link to a file outside data/" in out
    assert "- `data/remedies/big.yaml` line 1: this file is larger than 1 MB" in out
    assert "The secret" not in out and str(repo.parent) not in out
    assert "- **Changed** `stretching` (S): `name` (`Stretching` → `S`), `verdict`" in out
