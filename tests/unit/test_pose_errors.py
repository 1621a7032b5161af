"""Bad pose data is reported like any other data error: file, line, column, plain sentence.

A contributor who writes a backwards knee or a wall out of reach runs `make validate` and is
sent to the exact line, exactly as for a misspelt field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.dataset import check_data
from macros.reading.errors import Severity
from tests.helpers.cases import run_validate

STRETCH = """\
id: wall-lean
name: Wall lean
summary: Lean on a wall to stretch the calf.
sources: [hallegraeff2012-rct]
reviewed: 2026-01-01
review_status: sources-checked
target_muscles: [calf]
when: [bedtime]
steps:
  - Lean on the wall.
hold_seconds: 10
repetitions: 3
remedies: [stretching]
figure:
  props:
    - kind: wall
      x: {wall_x}
  base: {{part: near-heel, on: floor, x: 0}}
  moves: shoulders
  start:
    torso: 168
    near_leg:
      thigh: -17
      shin: {shin}
      foot: 90
    far_leg: {{heel_at: 48}}
    near_arm: {{reach: wall}}
  end:
    torso: 155
    near_leg: {{thigh: -27, shin: -27, foot: 90}}
    far_leg: {{heel_at: 48}}
    near_arm: {{reach: wall}}
"""


def write_case(data_case, wall_x: int = 92, shin: int = -17) -> Path:
    data = data_case()
    folder = data / "stretches"
    folder.mkdir()
    (folder / "wall-lean.yaml").write_text(STRETCH.format(wall_x=wall_x, shin=shin))
    return data


def errors_in(data: Path) -> list[str]:
    _, problems = check_data(data, root=data.parent)
    return [str(p) for p in problems if p.severity is Severity.ERROR]


def test_the_good_stretch_has_no_problems(data_case) -> None:
    assert errors_in(write_case(data_case)) == []


def test_a_backwards_knee_points_at_the_shin_line(data_case) -> None:
    errors = errors_in(write_case(data_case, shin=20))
    assert errors == [
        'data/stretches/wall-lean.yaml:24:13: "shin": the knee would bend backwards by 37 '
        "degrees: a shin can point at most 5 degrees further forward than its thigh (-17)."
    ]


def test_a_wall_out_of_reach_points_at_the_first_line_of_each_pose(data_case) -> None:
    errors = errors_in(write_case(data_case, wall_x=140))
    assert [e.split(": ", 1)[0] for e in errors] == [
        "data/stretches/wall-lean.yaml:21:5",
        "data/stretches/wall-lean.yaml:29:5",
    ]
    assert '"start": the near hand cannot reach the wall: it is 45 cm too far' in errors[0]
    assert '"end": the near hand cannot reach the wall' in errors[1]


@pytest.mark.parametrize(("shin", "wall_x"), [(20, 92), (-17, 140)])
def test_validate_command_reports_pose_errors_and_fails(data_case, shin: int, wall_x: int) -> None:
    data = write_case(data_case, wall_x=wall_x, shin=shin)
    result = run_validate(data)
    assert result.returncode == 1
    assert result.stdout.startswith("data/stretches/wall-lean.yaml:")
    assert "Traceback" not in result.stderr and "pydantic" not in result.stdout
