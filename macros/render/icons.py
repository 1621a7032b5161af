"""Small inline SVG icons drawn for this site (no icon font, no request to another host).

Each icon sits next to a word, never alone, so meaning never rests on colour or shape only.
"""

from __future__ import annotations

_PATHS = {
    "check": "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
    "half": "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z",
    "question": (
        "M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 "
        "0 16zm0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 "
        "0-4-4z"
    ),
    "cross": (
        "M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z"
    ),
    "alert": "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z",
    "shield": (
        "M12 1 3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5zm-2 16-4-4 1.4-1.4 2.6 2.6 "
        "6.6-6.6L18 9z"
    ),
    "info": (
        "M11 17h2v-6h-2zm1-15a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 "
        "1 0 16zM11 9h2V7h-2z"
    ),
    "stop": ("M8.3 2 2 8.3v7.4L8.3 22h7.4l6.3-6.3V8.3L15.7 2zM11 7h2v7h-2zm0 8h2v2h-2z"),
    "phone": (
        "M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 "
        "1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 "
        "3.6a1 1 0 0 1-.25 1z"
    ),
    "clock": (
        "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6"
        "l5.2 3.2.8-1.3-4.5-2.7z"
    ),
    "print": (
        "M19 8H5a3 3 0 0 0-3 3v6h4v4h12v-4h4v-6a3 3 0 0 0-3-3zm-3 11H8v-5h8zm3-7a1 1 0 1 1 0-2 "
        "1 1 0 0 1 0 2zM18 3H6v4h12z"
    ),
    "calendar": (
        "M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 "
        "0-2-2zm0 16H5V9h14z"
    ),
}


def icon(name: str, css_class: str = "nc-icon") -> str:
    """An inline, decorative SVG icon (hidden from screen readers: the word next to it speaks)."""
    return (
        f'<svg class="{css_class}" viewBox="0 0 24 24" width="1em" height="1em" '
        f'aria-hidden="true" focusable="false"><path d="{_PATHS[name]}"/></svg>'
    )


def bars(filled: int, total: int = 4) -> str:
    """A small signal-strength style meter for certainty (decorative; the word carries it)."""
    rects = "".join(
        f'<rect x="{2 + i * 5.5}" y="{18 - (i + 1) * 4}" width="4" height="{(i + 1) * 4 + 2}" '
        f'rx="1" class="{"on" if i < filled else "off"}"/>'
        for i in range(total)
    )
    return (
        f'<svg class="nc-icon nc-bars" viewBox="0 0 24 24" width="1em" height="1em" '
        f'aria-hidden="true" focusable="false">{rects}</svg>'
    )
