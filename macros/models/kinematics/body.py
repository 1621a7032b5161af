"""The body the figures share: an adult of 172 cm with natural proportions, in centimetres.

Segment lengths follow the classic anthropometric ratios of body height (Drillis and Contini):
thigh and shin each about a quarter, upper arm about 0.19, forearm about 0.15. Keeping every
measurement here means one change re-proportions every figure at once, and the geometry
checks (feet on the floor, hands at the wall) measure the same body the reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass

# Segment lengths (joint to joint).
THIGH = 42.0
SHIN = 42.0
TORSO = 49.0  # hip joint to shoulder joint
NECK = 7.0  # shoulder joint to the base of the skull, along the head's direction
UPPER_ARM = 30.0
FOREARM = 25.0
PALM = 6.0  # wrist to the middle of the palm, where a flat hand presses
GRIP = 8.5  # wrist to where curled fingers hold a foot or toes

# The foot, measured in its own frame: along the sole (heel to toes) and up from the sole.
ANKLE_HEIGHT = 7.5  # sole to ankle joint
HEEL_BACK = 5.0  # how far the heel reaches behind the ankle
HEEL_TO_BALL = 19.0
TOE_LENGTH = 7.0
TOE_JOINT = 2.0  # the toe joint sits this far above the sole

# Seated: the lowest point of the buttocks is this far below and behind the hip joint.
SEAT_DROP = 10.0
SEAT_BACK = 2.0

# Half thicknesses (radii of the rounded limb ends), seen from the side.
R_HIP = 8.0
R_KNEE = 5.4
R_ANKLE = 3.5
R_SHOULDER = 4.6
R_ELBOW = 3.6
R_WRIST = 2.8
R_PALM = 3.4
R_NECK = 4.6


@dataclass(frozen=True)
class Circle:
    """A circle in a part's own frame: x across the part, y along it."""

    x: float
    y: float
    r: float


# Each part's silhouette is the rounded hull of a few circles in the part's own frame, where y
# runs along the part from its joint and +x is the side that faces forward for a limb hanging
# down (knee cap, shin, toes) and the back for the torso (which points up).
THIGH_SHAPE = (Circle(0.0, 0.0, R_HIP), Circle(-0.6, 18.0, 7.2), Circle(0.0, THIGH, R_KNEE))
SHIN_SHAPE = (
    Circle(0.0, 0.0, R_KNEE),
    Circle(-1.9, 11.0, 5.6),
    Circle(-0.7, 24.0, 4.2),
    Circle(0.0, SHIN, R_ANKLE),
)
FOOT_SHAPE = (
    Circle(0.0, 0.0, R_ANKLE),
    Circle(-ANKLE_HEIGHT + 3.2, -HEEL_BACK + 1.6, 3.2),
    Circle(-ANKLE_HEIGHT + 2.3, HEEL_TO_BALL - 1.0, 2.3),
    Circle(-2.2, 8.0, 3.6),
)
TOES_SHAPE = (Circle(0.0, 0.0, 2.0), Circle(0.2, TOE_LENGTH - 1.6, 1.6))
# The torso is two hulls (pelvis, chest) so the waist can curve in between them.
PELVIS_SHAPE = (
    Circle(2.8, 1.0, 11.0),  # buttocks, behind the hip joint
    Circle(-1.8, 3.0, 10.2),  # lower belly
    Circle(0.6, 20.0, 9.6),  # waist
)
CHEST_SHAPE = (
    Circle(0.6, 20.0, 9.6),
    Circle(-1.4, 36.0, 11.4),  # chest
    Circle(1.2, 41.0, 10.4),  # upper back
    Circle(0.4, TORSO - 1.0, 8.0),  # shoulders
)
NECK_SHAPE = (Circle(0.0, -3.0, R_NECK), Circle(-0.4, NECK + 3.0, R_NECK))
HEAD_SHAPE = (
    Circle(1.2, NECK + 12.8, 10.0),  # skull
    Circle(-3.4, NECK + 6.8, 6.0),  # jaw and chin
    Circle(-9.9, NECK + 11.2, 1.6),  # nose
)
HAIR_SHAPE = (
    Circle(1.9, NECK + 13.4, 10.3),  # crown and back of the head
    Circle(4.6, NECK + 8.2, 6.2),  # nape
)
FACE_SHAPE = (
    Circle(-2.6, NECK + 11.6, 7.8),  # forehead and cheek
    Circle(-3.4, NECK + 6.8, 6.0),  # jaw and chin
    Circle(-9.9, NECK + 11.2, 1.6),  # nose
)
EYE = Circle(-6.6, NECK + 13.2, 1.1)
EAR = Circle(1.6, NECK + 10.2, 2.0)
UPPER_ARM_SHAPE = (Circle(0.0, 0.0, R_SHOULDER), Circle(0.0, UPPER_ARM, R_ELBOW))
FOREARM_SHAPE = (Circle(0.0, 0.0, R_ELBOW), Circle(0.0, FOREARM, R_WRIST))
# Hands are a few hulls each (drawn as one silhouette), so they can have the concave outline a
# plain hull of circles cannot: a thumb apart from the fingers, and fingers that curl round
# what they hold. Seen from the side, -x is the palm.
HAND_PARTS = (  # flat: a mitten (palm and fingers, wrist to fingertips) and a thumb
    (Circle(0.0, 0.0, R_WRIST), Circle(-0.2, PALM, R_PALM), Circle(-0.6, 15.4, 1.7)),
    (Circle(1.2, 2.8, 1.6), Circle(4.9, 8.0, 1.3)),
)
FIST_PARTS = (  # holding: palm, fingers hooked over and round the held thing, a thumb opposite
    (Circle(0.0, 0.0, R_WRIST), Circle(0.2, PALM, 3.8), Circle(-0.6, 10.4, 2.4)),
    (Circle(-0.6, 10.4, 2.3), Circle(-4.2, 12.0, 2.0)),
    (Circle(-4.2, 12.0, 2.0), Circle(-6.8, 10.8, 1.6)),
    (Circle(-1.6, 2.6, 1.5), Circle(-4.6, 4.8, 1.3)),
)

# Target muscles, as ellipses (centre x, centre y, half width, half length) in a part's frame.
MUSCLE_SHAPES: dict[str, tuple[str, tuple[float, float, float, float]]] = {
    "calf": ("shin", (-3.0, 12.5, 3.3, 9.5)),
    "shin": ("shin", (2.4, 19.0, 1.9, 12.0)),
    "hamstrings": ("thigh", (-2.9, 18.5, 3.3, 12.5)),
    "quadriceps": ("thigh", (2.8, 17.5, 3.4, 12.5)),
    "foot": ("foot", (-ANKLE_HEIGHT + 1.9, 6.5, 1.7, 9.0)),
}
