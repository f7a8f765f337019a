"""Scan effects of the broadened draw (draw.py): a drawn PDF made into what offices send.

Per document (drawn by its own rng): 150-300 dpi; grey JPEG pages in a PDF, bilevel CCITT G4
pages (a PDF or a multi-page TIFF, office scanners and fax servers), grey deflate TIFF, or a
phone photo of the results page (perspective, shadow, desk around it, 72 dpi metadata); each
page skewed by up to 3 degrees, paper tone, blur, Gaussian noise; round stamps and signatures
laid over the text (multiplied in, as ink: the text under them stays black). ImageMagick runs
single-threaded with seeds from the rng, so the same seed writes the same images.
"""

import os
import subprocess

import make_scans as ms

FORMS = ["pdf-jpeg", "tiff-g4", "pdf-g4", "tiff-grey", "photo"]
FORM_WEIGHTS = [40, 18, 10, 12, 20]
STAMP_TEXTS = ["สำเนาถูกต้อง", "ได้รับแล้ว", "งานสารบรรณ", "รับที่"]
DESK = "#5e5850"


def a4(dpi):
    return int(round(8.2677 * dpi)), int(round(11.6929 * dpi))


def draw_effects(rng):
    """The degradations of one scanned document."""
    form = rng.choices(FORMS, FORM_WEIGHTS)[0]
    return dict(form=form, dpi=rng.choice([150, 200, 240, 300]),
                skew_max=round(rng.uniform(0.2, 3.0), 2), quality=rng.randint(35, 90),
                noise=round(rng.uniform(0.04, 0.18), 3), blur=rng.choice([0, 0, 0.5, 0.8]),
                threshold=rng.randint(60, 80), stamps=rng.random() < 0.6,
                signature=rng.random() < 0.5)


def describe(e):
    noise = "none" if e["form"] == "tiff-grey" else "%.3f" % e["noise"]
    text = "%s, %d dpi, skew up to %.2f deg, noise %s, blur %s" % (
        e["form"], e["dpi"], e["skew_max"], noise, e["blur"] or "none")
    if e["form"] in ("pdf-jpeg", "photo"):
        text += ", JPEG q%d" % e["quality"]
    if "g4" in e["form"]:
        text += ", bilevel (threshold %d%%)" % e["threshold"]
    if e["stamps"]:
        text += ", stamp over text"
    if e["signature"]:
        text += ", signature"
    return text


def thai_font_file():
    """A TLWG face for the stamps' words (fc-match is deterministic on one machine)."""
    out = subprocess.run(["fc-match", "-f", "%{file}", "Garuda"], capture_output=True, text=True)
    return out.stdout.strip()


def ink_layer(rng, size, stamp, signature):
    """ImageMagick arguments that multiply a stamp and/or a signature onto the page."""
    w, h = size
    draws = ["(", "-size", "%dx%d" % (w, h), "xc:white"]
    if stamp:
        r = int(w * rng.uniform(0.06, 0.09))
        cx, cy = int(w * rng.uniform(0.15, 0.8)), int(h * rng.uniform(0.12, 0.85))
        tone = rng.choice(["gray50", "gray60", "gray45"])
        draws += ["-fill", "none", "-stroke", tone, "-strokewidth", str(max(2, r // 18)),
                  "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + r, cy),
                  "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + int(r * 0.82), cy),
                  "-stroke", "none", "-fill", tone, "-font", thai_font_file(),
                  "-pointsize", str(max(8, r // 4)), "-gravity", "NorthWest",
                  "-annotate", "+%d+%d" % (cx - int(r * 0.6), cy - r // 6),
                  rng.choice(STAMP_TEXTS)]
    if signature:
        x, y = int(w * rng.uniform(0.45, 0.75)), int(h * rng.uniform(0.55, 0.9))
        pts = " ".join("%d,%d" % (x + int(w * rng.uniform(-0.08, 0.12)),
                                  y + int(h * rng.uniform(-0.02, 0.02))) for _ in range(4))
        draws += ["-fill", "none", "-stroke", "gray15", "-strokewidth", str(max(2, w // 600)),
                  "-draw", "bezier %d,%d %s" % (x, y, pts)]
    draws += [")", "-compose", "Multiply", "-composite", "-compose", "Over"]
    return draws


def scan_page(src, page, e, rng, work, ink):
    """One page of a whole-document scan; returns the image's path."""
    dpi = e["dpi"]
    size = a4(dpi)
    bilevel = "g4" in e["form"]
    ext = {"pdf-jpeg": "jpg", "tiff-grey": "tif"}.get(e["form"], "tif")
    out = os.path.join(work, "p%03d.%s" % (page, ext))
    args = [ms.render(src, page, dpi, work)]
    if ink:
        args += ink_layer(rng, size, *ink)
    deg = round(rng.uniform(-e["skew_max"], e["skew_max"]), 2)
    args += ["-background", "white", "-rotate", str(deg), "-gravity", "center",
             "-extent", "%dx%d" % size, "+repage"]
    if not bilevel:
        args += ms.PAPER.split()
    if e["blur"]:
        args += ["-gaussian-blur", "0x%s" % e["blur"]]
    # Grey deflate TIFFs come from flatbed scanners with clean output (and noise would
    # make them 50 MB a page); the others get the noise of their source.
    noise_seed = rng.randrange(1, 2**31)
    if e["form"] != "tiff-grey":
        args += ms.noise_args(noise_seed, e["noise"])
    if bilevel:
        args += ["-threshold", "%d%%" % e["threshold"], "-type", "Bilevel", "-strip",
                 "-compress", "Group4"]
    elif e["form"] == "tiff-grey":
        args += ["-depth", "8", "-type", "Grayscale", "-strip", "-compress", "Zip",
                 "-define", "tiff:predictor=2"]
    else:
        args += ["-type", "Grayscale", "-strip", "-sampling-factor", "1x1",
                 "-quality", str(e["quality"])]
    ms.convert(args + ms.density(dpi) + [out])
    return out


def scan_document(src, pages, e, rng, work, out_stem):
    """Every page scanned; returns the output file's path."""
    inked = rng.randrange(1, pages + 1) if e["stamps"] else None
    signed = pages if e["signature"] else None
    images = []
    for page in range(1, pages + 1):
        ink = (page == inked, page == signed) if page in (inked, signed) else None
        images.append(scan_page(src, page, e, rng, work, ink))
    if e["form"] in ("pdf-jpeg", "pdf-g4"):
        out = out_stem + ".pdf"
        ms.img2pdf(images, e["dpi"], out)
    else:
        out = out_stem + ".tif"
        ms.run(["tiffcp", "-c", "g4" if "g4" in e["form"] else "zip:2"] + images + [out])
    return out


def photo(src, page, e, rng, work, out_stem):
    """A phone photo of one page: perspective, uneven light, desk around, 72 dpi metadata."""
    dpi = e["dpi"]
    w, h = a4(dpi)
    pad = int(0.04 * w)
    W, H = w + 2 * pad, h + 2 * pad

    def jitter():
        return int(rng.uniform(0, 0.035) * w)

    corners = "0,0 %d,%d  %d,0 %d,%d  %d,%d %d,%d  0,%d %d,%d" % (
        jitter(), jitter(), W, W - jitter(), jitter(), W, H, W - jitter(), H - jitter(),
        H, jitter(), H - jitter())
    args = [ms.render(src, page, dpi, work)]
    if e["stamps"] or e["signature"]:
        args += ink_layer(rng, (w, h), e["stamps"], e["signature"])
    args += ["-bordercolor", DESK, "-border", str(pad), "-colorspace", "sRGB", "-type",
             "TrueColor", "-virtual-pixel", "background", "-background", DESK,
             "-distort", "Perspective", corners,
             "-rotate", str(round(rng.uniform(-e["skew_max"], e["skew_max"]), 2)),
             "-gravity", "center", "-extent", "%dx%d" % (W, H), "+repage",
             "(", "-size", "%dx%d" % (W, H), "-define", "gradient:angle=%d" % rng.randint(0, 359),
             "gradient:#fff9ee-%s" % rng.choice(["#9c9281", "#857a6a", "#b0a898"]), ")",
             "-compose", "Multiply", "-composite", "-compose", "Over",
             "-gaussian-blur", "0x%s" % (e["blur"] or 0.5)]
    args += ms.noise_args(rng.randrange(1, 2**31), e["noise"])
    out = out_stem + ".jpg"
    ms.convert(args + ["-strip", "-density", "72", "-units", "PixelsPerInch",
                       "-quality", str(e["quality"]), out])
    return out
