"""Human joint ranges and the joint angles derived from pose directions.

A pose gives each body part's direction; a joint's bend is the turn between two parts. These
functions are the single definition of "how bent is this knee", used both to reject
impossible poses and by the tests that check the drawing.
"""

from __future__ import annotations

# Human joint ranges, in degrees, generous enough for any real stretch. Flexion is the
# everyday bend: knee and elbow fold, foot pulled up towards the shin, toes bent up.
KNEE = (-5.0, 160.0)
ELBOW = (-5.0, 155.0)
ANKLE = (-55.0, 35.0)  # negative: foot pointed down; positive: pulled up towards the shin
TOES = (-40.0, 80.0)
HIP = (-35.0, 175.0)  # hip and lower back together: the torso is one part
SHOULDER = (-75.0, 190.0)
NECK = (-50.0, 75.0)  # negative: head tipped back; positive: chin towards the chest


def turn(a: float, b: float) -> float:
    """The signed turn from direction b to direction a, between -180 and 180 degrees."""
    return (a - b + 180.0) % 360.0 - 180.0


def knee_flexion(thigh: float, shin: float) -> float:
    """How far the knee is bent; below zero the knee bends backwards."""
    return turn(thigh, shin)


def elbow_flexion(upper: float, fore: float) -> float:
    """How far the elbow is bent; below zero it bends backwards."""
    return turn(fore, upper)


def ankle_flexion(shin: float, foot: float) -> float:
    """How far the foot is pulled up from a right angle with the shin (negative: pointed)."""
    return turn(foot, shin) - 90.0


def toe_flexion(foot: float, toes: float) -> float:
    """How far the toes are bent up from the line of the foot."""
    return turn(toes, foot)


def hip_flexion(torso: float, thigh: float) -> float:
    """How far the thigh is raised in front of the body (negative: behind it)."""
    return turn(thigh, torso - 180.0)


def shoulder_flexion(torso: float, upper: float) -> float:
    """How far the upper arm is raised in front of the body (negative: behind it)."""
    return turn(upper, torso - 180.0)


def neck_flexion(torso: float, head: float) -> float:
    """How far the head is tipped forward from the line of the torso."""
    return turn(torso, head)


def out_of_range(value: float, limits: tuple[float, float]) -> bool:
    return not limits[0] <= value <= limits[1]


def check_ankle(shin: float, foot: float) -> None:
    """Raise the plain-language error for an ankle bent past what ankles do."""
    bend = ankle_flexion(shin, foot)
    if bend > ANKLE[1]:
        raise ValueError(
            f"the foot is pulled up {bend:.0f} degrees past a right angle with the shin; an "
            f"ankle comes up about {ANKLE[1]:g} at most"
        )
    if bend < ANKLE[0]:
        raise ValueError(
            f"the foot points down {-bend:.0f} degrees past a right angle with the shin; an "
            f"ankle points down about {-ANKLE[0]:g} at most"
        )


def check_hip(torso: float, thigh: float) -> None:
    """Raise the plain-language error for a thigh at an angle no hip allows."""
    bend = hip_flexion(torso, thigh)
    if out_of_range(bend, HIP):
        raise ValueError(
            f"the thigh is {bend:.0f} degrees from the line of the torso ({torso:g}); a hip moves "
            f"between {HIP[0]:g} (leg behind) and {HIP[1]:g} (leg raised in front)"
        )
