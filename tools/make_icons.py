"""Draw the app icons of the web app manifest (danvan/static/danvan/icons/): the favicon's yellow star on red.

Run once when the emblem changes: `.venv/bin/python tools/make_icons.py`. Pillow only; no download.
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "danvan" / "static" / "danvan" / "icons"
RED, YELLOW = (179, 38, 30, 255), (255, 213, 79, 255)
# The favicon's star, in its 32×32 box.
STAR = [(16, 6), (18.6, 12.9), (26, 13.2), (20.2, 17.8), (22.2, 24.9), (16, 20.8), (9.8, 24.9), (11.8, 17.8),
        (6, 13.2), (13.4, 12.9)]


def icon(size: int, *, maskable: bool) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:  # the platform cuts its own shape: fill the square, keep the star in the safe zone (80 %)
        draw.rectangle((0, 0, size, size), fill=RED)
        scale, offset = size * 0.7 / 32, size * 0.15
    else:
        draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=size * 6 // 32, fill=RED)
        scale, offset = size / 32, 0.0
    draw.polygon([(offset + x * scale, offset + y * scale) for x, y in STAR], fill=YELLOW)
    return image


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
    icon(512, maskable=True).save(OUT / "icon-maskable-512.png", optimize=True)
    icon(180, maskable=True).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
