"""Command line: `python -m macros validate|schemas|export|build|finish|new|diff`.

Standalone commands (not MkDocs hooks) keep validation, export and scaffolding usable from
CI, pre-commit and any future builder, such as Zensical.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..dataset import PROJECT_ROOT, check_data
from ..models.kinds import KINDS
from ..reading.errors import Problem, Severity


def _print_problems(problems: Sequence[Problem], fmt: str) -> None:
    for problem in problems:
        print(problem.github() if fmt == "github" else str(problem))


def cmd_validate(args: argparse.Namespace) -> int:
    """Report every problem in data/ at once; exit 1 if any is an error."""
    root = Path(args.root).resolve()
    dataset, problems = check_data(root / "data", root=root)
    _print_problems(problems, args.format)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if dataset is None:
        noun = "problem" if len(errors) == 1 else "problems"
        print(f"{len(errors)} {noun} found; nothing was built.", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {name}" for name, n in dataset.counts().items())
    warned = sum(1 for p in problems if p.severity is Severity.WARNING)
    suffix = f" ({warned} warnings)" if warned else ""
    print(f"Data is valid: {counts}.{suffix}")
    return 0


def cmd_schemas(args: argparse.Namespace) -> int:
    """Write one JSON Schema per record type into schemas/, and the editor's map to them."""
    from .schemas import write_editor_mapping, write_schemas

    root = Path(args.root).resolve()
    written = write_schemas(root / "schemas")
    write_editor_mapping(root / ".vscode" / "settings.json")
    print(f"Wrote {len(written)} schemas to schemas/ and their map to .vscode/settings.json.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the JSON API into the built site, atomically."""
    from ..reading.errors import DataError
    from .buildtime import BuildTimeError
    from .export import export_api

    root = Path(args.root).resolve()
    try:
        written = export_api(root, Path(args.site).resolve())
    except BuildTimeError as error:
        print(error, file=sys.stderr)
        return 1
    except DataError as error:
        _print_problems(error.problems, "text")
        print("The export was not written because the data has problems.", file=sys.stderr)
        return 1
    print(f"Wrote the JSON API ({written} files) to {args.site}/api/v1/.")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    """Validate, build the site strictly and export the API; replace site/ only on success."""
    from .build import build_site

    return build_site(Path(args.root).resolve(), Path(args.site).resolve())


def cmd_finish(args: argparse.Namespace) -> int:
    """Add the JSON API, feed and service worker to a site another command built (Zensical)."""
    from .finish import finish_site

    root = Path(args.root).resolve()
    dataset, problems = check_data(root / "data", root=root)
    if dataset is None:
        _print_problems(problems, "text")
        print("Nothing was added to the site because the data has problems.", file=sys.stderr)
        return 1
    finish_site(root, Path(args.site).resolve(), dataset)
    print(f"Added the JSON API, the feed and the service worker to {args.site}/.")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Scaffold a record and its page (see macros/commands/new/__init__.py)."""
    from .new import main as scaffold_main

    return scaffold_main(Path(args.root).resolve(), args.kind, args.id)


def cmd_diff(args: argparse.Namespace) -> int:
    """Summarise data changes between two git revisions (see macros/commands/datadiff.py)."""
    from .datadiff import main as diff_main

    return diff_main(Path(args.root).resolve(), args.base, args.head, check=args.check)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__)
    parser.add_argument("--root", default=str(PROJECT_ROOT), help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every file in data/")
    validate.add_argument("--format", choices=["text", "github"], default="text")
    validate.set_defaults(handler=cmd_validate)
    schemas = commands.add_parser("schemas", help="regenerate schemas/ from the models")
    schemas.set_defaults(handler=cmd_schemas)
    export = commands.add_parser("export", help="write the JSON API into the site folder")
    export.add_argument("--site", default="site")
    export.set_defaults(handler=cmd_export)
    build = commands.add_parser("build", help="validate, strict build and JSON export")
    build.add_argument("--site", default="site")
    build.set_defaults(handler=cmd_build)
    finish = commands.add_parser(
        "finish", help="add the JSON API, feed and service worker to a built site"
    )
    finish.add_argument("--site", default="site")
    finish.set_defaults(handler=cmd_finish)
    new = commands.add_parser(
        "new",
        help="scaffold a new record and its page",
        epilog="kinds of record:\n"
        + "\n".join(f"  {kind.singular:<15} {kind.description}" for kind in KINDS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    new.add_argument("kind", help="record type, e.g. remedy, cause, stretch")
    new.add_argument("id", help="the new id, e.g. cherry-juice")
    new.set_defaults(handler=cmd_new)
    diff = commands.add_parser("diff", help="summarise data changes since a git revision")
    diff.add_argument("base", help="the revision to compare with, e.g. origin/main")
    diff.add_argument("head", nargs="?", default=None, help="default: the work tree")
    diff.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when a verdict, certainty or safety level moved without a changes: entry",
    )
    diff.set_defaults(handler=cmd_diff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))
