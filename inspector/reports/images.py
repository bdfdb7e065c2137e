"""Images made small before they go into a PDF: a 3-megapixel photo embedded as it is costs about
0.1 s a page and megabytes of file. Everything happens in memory; nothing is written to disk."""

from __future__ import annotations

import io

# Long side in pixels: enough for a 6 cm thumbnail printed at about 200 dpi.
THUMBNAIL_PIXELS = 480
SIGNATURE_PIXELS = 600
EMBLEM_PIXELS = 400  # the letterhead's emblem, printed about 2 cm high
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff")
# Refuse decompression bombs: no real photo or scan is larger than this.
MAX_PIXELS = 80_000_000


def is_image(media_type: str) -> bool:
    return media_type.lower() in IMAGE_TYPES


def thumbnail(
    content: bytes, size: int = THUMBNAIL_PIXELS, *, keep_png: bool = False
) -> bytes | None:
    """A JPEG at most ``size`` pixels on its long side (PNG with ``keep_png``, for line art such
    as a drawn signature, transparency flattened onto white); None if it is not a readable
    image."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > MAX_PIXELS:
                return None
            # JPEG decodes straight to a smaller scale: much faster than decoding it whole.
            image.draft("RGB", (size, size))
            image = ImageOps.exif_transpose(image)
            image.thumbnail((size, size))
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                background = Image.new("RGB", image.size, "white")
                background.paste(image, mask=image.getchannel("A"))
                image = background
            elif image.mode != "RGB":
                image = image.convert("RGB")
            out = io.BytesIO()
            if keep_png:
                image.save(out, "PNG", optimize=True)
            else:
                image.save(out, "JPEG", quality=78, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
