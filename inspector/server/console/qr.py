"""QR codes as inline SVG (segno: pure Python, no dependencies), so a phone can read an
enrolment command or an authenticator secret off the screen; nothing is fetched from elsewhere."""

from __future__ import annotations

from markupsafe import Markup


def qr_svg(text: str, scale: int = 4) -> Markup:
    import segno

    code = segno.make(text, error="m")
    svg = code.svg_inline(scale=scale, dark="#1b2a3a", light="#ffffff", title="QR code")
    return Markup(svg)  # noqa: S704 - segno's own markup; the text is encoded as modules
