"""The figure's skeleton as nested SVG groups, each with its start and end transform.

Every part is drawn once, in its own frame, inside its parent's frame: the shin inside the
thigh, the foot inside the shin. A pose is then nothing but one rotation per joint (and one
translation for the hips), so CSS can move the figure from the start pose to the end pose by
interpolating rotations, which every browser does smoothly. The `transform` attribute holds
the end pose, so without CSS, or with reduced motion, the picture shows the end pose still.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...models.joints import turn
from ...models.kinematics import Solved, body
from .shapes import fmt


@dataclass(frozen=True)
class Frame:
    """One joint: its parent, where it sits in the parent's frame, and which angle turns it."""

    parent: str
    offset: tuple[float, float]
    angle: str


def _frames() -> dict[str, Frame]:
    frames = {
        "torso": Frame("root", (0.0, 0.0), "torso"),
        "head": Frame("torso", (0.0, body.TORSO), "head"),
    }
    for side in ("near", "far"):
        frames[f"{side}.upper"] = Frame("torso", (0.0, body.TORSO), f"{side}.upper")
        frames[f"{side}.fore"] = Frame(f"{side}.upper", (0.0, body.UPPER_ARM), f"{side}.fore")
        frames[f"{side}.hand"] = Frame(f"{side}.fore", (0.0, body.FOREARM), f"{side}.hand")
        frames[f"{side}.thigh"] = Frame("root", (0.0, 0.0), f"{side}.thigh")
        frames[f"{side}.shin"] = Frame(f"{side}.thigh", (0.0, body.THIGH), f"{side}.shin")
        frames[f"{side}.foot"] = Frame(f"{side}.shin", (0.0, body.SHIN), f"{side}.foot")
        frames[f"{side}.toes"] = Frame(
            f"{side}.foot",
            (body.TOE_JOINT - body.ANKLE_HEIGHT, body.HEEL_TO_BALL),
            f"{side}.toes",
        )
    return frames


FRAMES = _frames()


@dataclass(frozen=True)
class Move:
    """A group's transform at the start and at the end: translate x, y, then rotate."""

    start: tuple[float, float, float]
    end: tuple[float, float, float]
    scale: tuple[float, float] = (1.0, 1.0)

    def open_tag(self, extra: str = "") -> str:
        """The opening <g> tag: end pose as attribute, both poses as CSS variables if moving."""
        end_attr = _svg_transform(self.end, self.scale[1])
        start_css = _css_transform(self.start, self.scale[0])
        end_css = _css_transform(self.end, self.scale[1])
        tag = f'<g transform="{end_attr}"'
        if start_css != end_css:
            tag += f' class="j" style="--s:{start_css};--e:{end_css}"'
        return f"{tag}{extra}>"


def _svg_transform(t: tuple[float, float, float], stretch: float) -> str:
    parts = []
    if t[0] or t[1]:
        parts.append(f"translate({fmt(t[0])} {fmt(t[1])})")
    if fmt(t[2]) != "0":
        parts.append(f"rotate({fmt(t[2])})")
    if stretch != 1.0:
        parts.append(f"scale(1 {stretch:.3f})")
    return " ".join(parts) or "translate(0 0)"


def _css_transform(t: tuple[float, float, float], stretch: float) -> str:
    text = f"translate({fmt(t[0])}px,{fmt(t[1])}px) rotate({fmt(t[2])}deg)"
    if stretch != 1.0:
        text += f" scale(1,{stretch:.3f})"
    return text


def _relative(solved: Solved, name: str) -> float:
    frame = FRAMES[name]
    parent = 0.0 if frame.parent == "root" else solved.angles[FRAMES[frame.parent].angle]
    return -turn(solved.angles[frame.angle], parent)


def moves(start: Solved, end: Solved) -> dict[str, Move]:
    """The start and end transform of every frame, plus the root (the hips)."""
    result = {
        "root": Move(
            (start.points["hip"][0], -start.points["hip"][1], 0.0),
            (end.points["hip"][0], -end.points["hip"][1], 0.0),
        )
    }
    for name, frame in FRAMES.items():
        first = _relative(start, name)
        # Turn the short way round, so an animation never spins a limb through 360 degrees.
        last = first + turn(_relative(end, name), first)
        result[name] = Move((*frame.offset, first), (*frame.offset, last))
    return result


@dataclass
class Node:
    """A group in the drawing: its frame, the shapes drawn in it, and the groups inside it."""

    frame: str
    shapes: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def markup(self, motions: dict[str, Move], extra: str = "") -> str:
        inner = "".join(self.shapes) + "".join(c.markup(motions) for c in self.children)
        return f"{motions[self.frame].open_tag(extra)}{inner}</g>"


def chain(names: list[str], shapes: dict[str, list[str]]) -> Node:
    """Nested nodes from the root down through `names`, each holding its own shapes."""
    node: Node | None = None
    for name in reversed(names):
        node = Node(name, shapes.get(name, []), [node] if node else [])
    return Node("root", [], [node] if node else [])
