"""Pose data for stretch illustrations: what a contributor writes instead of drawing.

The figure is seen from the side, facing right. Every angle is the direction a body part
points, in degrees: 0 points straight down, 90 points forward (towards the figure's face),
180 points straight up and -90 points backward. So a person standing straight has a torso of
180, thighs and shins of 0 and feet of 90. One rule for every part means a contributor never
has to remember which joint is measured from where.

Where a part should touch something (hands on a wall, a heel on the floor), the data says so
and the renderer works out the arm or leg angles itself (`reach`, `heel_at`, `ball_at`): that is
how a hand stays on the wall while the body leans in. Checks that need no geometry live here,
on the field they are about, so an error points at the exact line; checks that need the whole
solved figure (is it supported, can the hand reach, is anything below the floor) are a check
of their own (checks/figure.py), located at the figure's `start:` or `end:` line.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator, model_validator

from .base import Strict
from .joints import (
    ELBOW,
    KNEE,
    NECK,
    SHOULDER,
    TOES,
    check_ankle,
    check_hip,
    elbow_flexion,
    knee_flexion,
    neck_flexion,
    out_of_range,
    shoulder_flexion,
    toe_flexion,
)

# Re-exported: the figure code imports the pose words with the pose model (`X as X` marks
# each as public for the type checker).
from .vocab import BasePart as BasePart
from .vocab import BodyPoint as BodyPoint
from .vocab import PropKind as PropKind
from .vocab import Reach as Reach
from .vocab import Side as Side
from .vocab import Surface as Surface

Angle = Annotated[
    float,
    Field(
        ge=-360,
        le=360,
        description="Direction in degrees: 0 down, 90 forward, 180 up, -90 backward.",
    ),
]
Position = Annotated[
    float,
    Field(ge=-400, le=400, description="Centimetres forward (+) or back (-) of the base point."),
]


HEIGHTS = {PropKind.STEP, PropKind.STOOL, PropKind.WALL}
PLACED = {PropKind.WALL, PropKind.CHAIR, PropKind.STEP, PropKind.BED, PropKind.STOOL}


class Prop(Strict):
    """One prop. Walls, chairs, steps and beds stand at `x`; a towel loops round one foot."""

    kind: PropKind
    x: Position | None = Field(
        default=None,
        description=(
            "Where it stands, in cm from the base point: a wall's face, a chair's backrest, "
            "a step's or stool's back edge, a bed's headboard."
        ),
    )
    height: float | None = Field(
        default=None,
        ge=5,
        le=200,
        description="Step: how high it is (default 18 cm). Stool: its height (default 30 cm). "
        "Wall: where the hands touch it (default 125 cm above the floor).",
    )
    leg: Side | None = Field(
        default=None, description="Towel: which foot it loops round (near or far)."
    )

    @model_validator(mode="after")
    def _fields_fit_the_kind(self) -> Prop:
        """Each kind of prop takes only the fields that mean something for it."""
        if self.kind in PLACED and self.x is None:
            raise ValueError(
                f"a {self.kind} needs x: where it stands, in centimetres from the base point"
            )
        if self.kind is PropKind.TOWEL:
            if self.x is not None or self.height is not None:
                raise ValueError("a towel is held, not placed: give it only leg (near or far)")
            if self.leg is Side.BOTH:
                raise ValueError("a towel loops round one foot: use leg near or far")
        elif self.leg is not None:
            raise ValueError(f"only a towel takes leg; a {self.kind} does not")
        if self.height is not None and self.kind not in HEIGHTS:
            raise ValueError(f"only a step, stool or wall takes height; a {self.kind} does not")
        return self


class Base(Strict):
    """The body point that carries the weight, what it rests on, and where."""

    part: BasePart
    on: Surface = Surface.FLOOR
    x: Position = 0


class Leg(Strict):
    """One leg: either its angles, or where its heel or ball rests (the angles are then solved)."""

    thigh: Angle | None = Field(default=None, description="Hip to knee.")
    shin: Angle | None = Field(default=None, description="Knee to ankle.")
    foot: Angle = Field(default=90, description="Heel to toes; 90 is flat on level ground.")
    toes: Angle | None = Field(default=None, description="Toe direction; empty: in line.")
    heel_at: Position | None = Field(
        default=None, description="Rest the heel on whatever is below this x; solves the knee."
    )
    ball_at: Position | None = Field(
        default=None, description="Rest the ball of the foot below this x; solves the knee."
    )

    @field_validator("shin")
    @classmethod
    def _knee_bends_forwards(cls, shin: float | None, info: ValidationInfo) -> float | None:
        """A knee folds one way only: the shin may not point further forward than the thigh."""
        thigh = info.data.get("thigh")
        if shin is not None and thigh is not None:
            bend = knee_flexion(thigh, shin)
            if bend < KNEE[0]:
                raise ValueError(
                    f"the knee would bend backwards by {-bend:.0f} degrees: a shin can point at "
                    f"most {-KNEE[0]:g} degrees further forward than its thigh ({thigh:g})"
                )
            if bend > KNEE[1]:
                raise ValueError(
                    f"the knee is bent {bend:.0f} degrees, more than a knee can fold "
                    f"({KNEE[1]:g}); bring the shin closer to the thigh's direction"
                )
        return shin

    @field_validator("foot")
    @classmethod
    def _ankle_in_range(cls, foot: float, info: ValidationInfo) -> float:
        """An ankle lets the foot point down a long way but come up only a little."""
        shin = info.data.get("shin")
        if shin is not None:
            check_ankle(shin, foot)
        return foot

    @field_validator("toes")
    @classmethod
    def _toes_in_range(cls, toes: float | None, info: ValidationInfo) -> float | None:
        foot = info.data.get("foot")
        if toes is not None and foot is not None:
            bend = toe_flexion(foot, toes)
            if out_of_range(bend, TOES):
                raise ValueError(
                    f"the toes are bent {bend:.0f} degrees from the foot; toes bend between "
                    f"{TOES[0]:g} (curled) and {TOES[1]:g} (bent up)"
                )
        return toes

    @model_validator(mode="after")
    def _one_way_to_place_it(self) -> Leg:
        """Angles and a resting point would fight each other, so a leg has exactly one."""
        ways = [
            name
            for name, given in (
                ("thigh and shin", self.thigh is not None or self.shin is not None),
                ("heel_at", self.heel_at is not None),
                ("ball_at", self.ball_at is not None),
            )
            if given
        ]
        if len(ways) != 1:
            raise ValueError(
                "give a leg either thigh and shin angles, or heel_at, or ball_at (exactly one "
                f"of these){'; this one has ' + ' and '.join(ways) if ways else ''}"
            )
        if (self.thigh is None) != (self.shin is None):
            raise ValueError("give both thigh and shin, or neither")
        return self

    @property
    def planted(self) -> bool:
        """True when the leg's angles are solved from where its foot rests."""
        return self.thigh is None


class Arm(Strict):
    """One arm: its two angles, or where the hand goes (`reach`)."""

    upper: Angle | None = Field(default=None, description="Shoulder to elbow.")
    fore: Angle | None = Field(default=None, description="Elbow to wrist.")
    reach: Reach | None = Field(default=None, description="Put the hand here; solves the elbow.")

    @field_validator("fore")
    @classmethod
    def _elbow_bends_forwards(cls, fore: float | None, info: ValidationInfo) -> float | None:
        upper = info.data.get("upper")
        if fore is not None and upper is not None:
            bend = elbow_flexion(upper, fore)
            if bend < ELBOW[0]:
                raise ValueError(
                    f"the elbow would bend backwards by {-bend:.0f} degrees: a forearm turns "
                    f"forwards from its upper arm ({upper:g}), not backwards"
                )
            if bend > ELBOW[1]:
                raise ValueError(
                    f"the elbow is bent {bend:.0f} degrees, more than an elbow can fold "
                    f"({ELBOW[1]:g})"
                )
        return fore

    @model_validator(mode="after")
    def _one_way_to_place_it(self) -> Arm:
        angles = self.upper is not None or self.fore is not None
        if angles == (self.reach is not None):
            raise ValueError("give an arm either upper and fore angles, or reach (not both)")
        if angles and (self.upper is None or self.fore is None):
            raise ValueError("give both upper and fore, or neither")
        return self


class Pose(Strict):
    """The angle of each body part at one moment of the movement."""

    torso: Angle = Field(description="Hips to shoulders; 180 is upright, less leans forward.")
    head: Angle | None = Field(default=None, description="Neck to crown; empty: as the torso.")
    near_leg: Leg
    far_leg: Leg | None = Field(default=None, description="Empty: the same as the near leg.")
    near_arm: Arm
    far_arm: Arm | None = Field(default=None, description="Empty: the same as the near arm.")

    @field_validator("head")
    @classmethod
    def _neck_in_range(cls, head: float | None, info: ValidationInfo) -> float | None:
        torso = info.data.get("torso")
        if head is not None and torso is not None:
            bend = neck_flexion(torso, head)
            if out_of_range(bend, NECK):
                raise ValueError(
                    f"the head is tipped {bend:.0f} degrees from the line of the torso "
                    f"({torso:g}); a neck bends between {NECK[0]:g} (back) and {NECK[1]:g} "
                    "(forward)"
                )
        return head

    @field_validator("near_leg", "far_leg")
    @classmethod
    def _hip_in_range(cls, leg: Leg | None, info: ValidationInfo) -> Leg | None:
        torso = info.data.get("torso")
        if leg is not None and torso is not None and leg.thigh is not None:
            check_hip(torso, leg.thigh)
        return leg

    @field_validator("near_arm", "far_arm")
    @classmethod
    def _shoulder_in_range(cls, arm: Arm | None, info: ValidationInfo) -> Arm | None:
        torso = info.data.get("torso")
        if arm is not None and torso is not None and arm.upper is not None:
            bend = shoulder_flexion(torso, arm.upper)
            if out_of_range(bend, SHOULDER):
                raise ValueError(
                    f"the upper arm is {bend:.0f} degrees from the line of the body; a shoulder "
                    f"moves between {SHOULDER[0]:g} (behind) and {SHOULDER[1]:g} (overhead)"
                )
        return arm

    def leg(self, side: Side) -> Leg:
        """The leg on one side (the far leg repeats the near one when not given)."""
        return (self.far_leg or self.near_leg) if side is Side.FAR else self.near_leg

    def arm(self, side: Side) -> Arm:
        """The arm on one side (the far arm repeats the near one when not given)."""
        return (self.far_arm or self.near_arm) if side is Side.FAR else self.near_arm


class Figure(Strict):
    """The illustration: props, what carries the weight, and the start and end poses."""

    props: list[Prop] = Field(default_factory=list)
    base: Base = Field(description="The body point that carries the weight and stays put.")
    stretched: Side = Field(
        default=Side.NEAR, description="The leg whose target muscles are highlighted."
    )
    moves: BodyPoint = Field(description="The body point the arrow follows, start to end.")
    start: Pose
    end: Pose

    @field_validator("props")
    @classmethod
    def _one_of_each(cls, props: list[Prop]) -> list[Prop]:
        """Two walls or two chairs would leave hands and seats unsure which one to use."""
        seen: set[PropKind] = set()
        for prop in props:
            if prop.kind in seen:
                raise ValueError(f"there are two of {prop.kind}; a figure uses one of each")
            seen.add(prop.kind)
        return props

    def prop(self, kind: PropKind) -> Prop | None:
        """The prop of one kind, if the figure has it."""
        return next((p for p in self.props if p.kind is kind), None)
