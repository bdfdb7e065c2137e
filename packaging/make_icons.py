"""Draw the application icon: a clipboard with a check mark.

    python packaging/make_icons.py        # writes resources/icons/

One geometry, written twice: as SVG (for Linux desktops and documents) and drawn with Pillow at
1024 px, then scaled down to PNGs of 16-256 px and a multi-size Windows .ico. The outputs are
committed; run this again only to change the icon."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "field-inspector"
SIZES = (16, 24, 32, 48, 64, 128, 256)

# On a 256-unit canvas.
BOARD = (40, 28, 216, 244, 22)  # x1, y1, x2, y2, corner radius
PAPER = (60, 56, 196, 226, 8)
CLIP = (92, 14, 164, 58, 12)
CHECK = ((88, 142), (118, 174), (172, 106))
COLOURS = {"board": "#2f5d8a", "paper": "#ffffff", "clip": "#9aa7b4", "check": "#1f9d55"}
CHECK_WIDTH = 22


def svg() -> str:
    def rect(box: tuple[int, int, int, int, int], colour: str) -> str:
        x1, y1, x2, y2, r = box
        return (
            f'  <rect x="{x1}" y="{y1}" width="{x2 - x1}" height="{y2 - y1}" rx="{r}" '
            f'fill="{colour}"/>\n'
        )

    points = " ".join(f"{x},{y}" for x, y in CHECK)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        'viewBox="0 0 256 256">\n'
        "  <title>Field Inspector</title>\n"
        + rect(BOARD, COLOURS["board"])
        + rect(PAPER, COLOURS["paper"])
        + rect(CLIP, COLOURS["clip"])
        + f'  <polyline points="{points}" fill="none" stroke="{COLOURS["check"]}" '
        f'stroke-width="{CHECK_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>\n'
        "</svg>\n"
    )


def draw(size: int = 1024) -> Image.Image:
    scale = size / 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def rect(box: tuple[int, int, int, int, int], colour: str) -> None:
        x1, y1, x2, y2, r = (v * scale for v in box)
        pen.rounded_rectangle((x1, y1, x2, y2), radius=r, fill=colour)

    rect(BOARD, COLOURS["board"])
    rect(PAPER, COLOURS["paper"])
    rect(CLIP, COLOURS["clip"])
    points = [(x * scale, y * scale) for x, y in CHECK]
    width = round(CHECK_WIDTH * scale)
    pen.line(points, fill=COLOURS["check"], width=width, joint="curve")
    for x, y in (points[0], points[-1]):  # round caps
        pen.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), COLOURS["check"])
    return image


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{NAME}.svg").write_text(svg(), "utf-8")
    big = draw()
    for size in SIZES:
        big.resize((size, size), Image.Resampling.LANCZOS).save(OUT / f"{NAME}-{size}.png")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(
        OUT / f"{NAME}.ico", sizes=[(s, s) for s in SIZES]
    )
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
