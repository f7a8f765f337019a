#!/usr/bin/env python3
"""Renders lines of text as single-line images with ImageMagick's pango: coder (which shapes
Thai correctly), in one of several scan-like conditions.

  render_lines.py --text T --font F --condition C --seed S --out DIR/NAME [--first N --count K]
      [--train]

Conditions:
  clean  anti-aliased greyscale at 300 dpi
  noisy  greyscale at 200-300 dpi (150-300 with --train), lower contrast, Gaussian noise,
         slight blur and rotation
  bw     bilevel (scanner/fax style): blurred then thresholded at 200-300 dpi
  heavy  (training only) strokes thickened or thinned by a pixel, then noisy at 150-300 dpi
         with lower contrast and more blur, a third of the lines thresholded to bilevel
  warp   (training only) glyph shapes no font has: sheared up to 10 degrees, squeezed or
         stretched, then clean, noisy or bilevel
  faint  (training only) ink little darker than the paper (20-35 points of grey apart), noisy
  context (training only) a number as the pipeline cuts it out of a line: slivers (5-40 % of
         the word's width) of the words beside it, up to a third of an em away, then clean,
         noisy, bilevel or JPEG
  jpeg   (training only) an office scan saved as JPEG: paper tone, noise, a little blur,
         residual skew up to 2 degrees, then JPEG quality 35-85 (block and ringing artefacts)

--ascii-digits writes Thai digits as ASCII ones: lines for Latin fonts, which have no Thai.

Without --train: writes DIR/NAME_0000.png and DIR/NAME_0000.gt.txt per line (for evaluation).
With --train:    also varies size and width more, and writes DIR/NAME.tif (one page per line)
                 and DIR/NAME.box (WordStr boxes) for `tesseract NAME.tif NAME --psm 13 lstm.train`.
The same arguments always give the same images.
"""
import argparse
import os
import random
import subprocess
import tempfile


def run_convert(cmd, attempts=3):
    """ImageMagick's convert now and then dies of SIGABRT in the pango coder; the same
    command succeeds when run again, and gives the same image."""
    for attempt in range(attempts):
        result = subprocess.run(cmd)
        if result.returncode == 0:
            return
    raise subprocess.CalledProcessError(result.returncode, cmd)


def heavy_effects(rng, density):
    """ImageMagick arguments of the heavy condition: a stroke weight the fonts do not have
    (Erode thickens dark strokes, Dilate thins them), a low-contrast greyscale scan."""
    cmd = []
    weight = rng.choice(["", "", "Erode", "Dilate"])
    radius = rng.uniform(1.0, 1.6)
    # Thinning takes a pixel off each side: thin serif strokes vanish below 270 dpi.
    if weight == "Erode" and density >= 200:
        cmd += ["-morphology", "Erode", "Disk:%.1f" % radius]
    elif weight == "Dilate" and density >= 270:
        cmd += ["-morphology", "Dilate", "Disk:1"]
    dark, light = rng.randint(0, 45), rng.randint(60, 100)
    cmd += ["+level", "%d%%,%d%%" % (dark, light),
            "-blur", "0x%.2f" % rng.uniform(0.3, 1.3),
            "-attenuate", "%.2f" % rng.uniform(0.2, 1.0), "+noise", "Gaussian"]
    if rng.random() < 0.6:
        cmd += ["-background", "white", "-rotate", "%.2f" % rng.uniform(-1.0, 1.0)]
    # Between the ink's grey and the paper's, or nothing is left; thinned and blurred strokes
    # never get dark enough.
    threshold = dark + (light - dark) * rng.uniform(0.45, 0.7)
    if rng.random() < 0.33 and weight != "Dilate":
        cmd += ["-threshold", "%d%%" % threshold]
    return cmd


def noisy_effects(rng, dark, light, blur, attenuate, rotate):
    cmd = ["+level", "%d%%,%d%%" % (dark, light),
           "-blur", "0x%.2f" % rng.uniform(*blur),
           "-attenuate", "%.2f" % rng.uniform(*attenuate), "+noise", "Gaussian"]
    if rng.random() < 0.6:
        cmd += ["-background", "white", "-rotate", "%.2f" % rng.uniform(-rotate, rotate)]
    return cmd


def bw_effects(rng):
    return ["-blur", "0x%.2f" % rng.uniform(0.3, 1.0),
            "-attenuate", "%.2f" % rng.uniform(0.0, 0.4), "+noise", "Gaussian",
            "-threshold", "%d%%" % rng.randint(40, 65)]


def warp_effects(rng):
    """A new glyph shape for an unseen font: its digits' slant and proportions differ from
    every training font's, which plain noise does not teach."""
    cmd = ["-background", "white", "-shear", "%.1fx0" % rng.uniform(-10, 10),
           "-resize", "%d%%x%d%%" % (rng.randint(80, 120), rng.randint(88, 112))]
    finish = rng.choice(["clean", "noisy", "noisy", "bw"])
    if finish == "noisy":
        cmd += noisy_effects(rng, rng.randint(0, 35), rng.randint(70, 100), (0.2, 0.9),
                             (0.2, 0.8), 0.8)
    elif finish == "bw":
        cmd += bw_effects(rng)
    return cmd


def faint_effects(rng):
    dark = rng.randint(20, 60)
    light = min(100, dark + rng.randint(20, 35))
    return noisy_effects(rng, dark, light, (0.2, 1.0), (0.3, 1.0), 0.8)


def jpeg_effects(rng):
    """Everything but the compression, which render() does by writing a JPEG."""
    paper = rng.randint(85, 100)
    return noisy_effects(rng, rng.randint(0, 25), paper, (0.0, 0.7), (0.1, 0.6), 2.0)


# Words that stand beside numbers in the reports' prose and tables.
NEIGHBOURS = ["คะแนน", "ได้", "ร้อยละ", "ที่", "ระดับ", "เท่ากับ", "จำนวน", "ข้อ", "ปี", "พ.ศ.",
              "ตัวชี้วัด", "รวม", "เดือน", "(", ")", "ผล", "งาน"]


def context_pieces(text, rng, em):
    """ImageMagick arguments that draw `text` with a sliver of a neighbour's glyphs on either
    side (5-40 % of the word's width), as a word area cut from a line keeps them."""
    def sliver(side):
        gravity = "East" if side == "left" else "West"
        return ["(", "pango:" + rng.choice(NEIGHBOURS), "-colorspace", "Gray", "-trim", "+repage",
                "-gravity", gravity, "-crop", "%d%%x100%%+0+0" % rng.randint(5, 40), "+repage", ")"]

    def gap():
        return ["(", "-size", "%dx1" % rng.randint(1, max(2, em // 3)), "xc:white", ")"]

    cmd = []
    if rng.random() < 0.7:
        cmd += sliver("left") + gap()
    cmd += ["(", "pango:" + text.replace("%", "%%"), "-colorspace", "Gray", "-trim", "+repage", ")"]
    if rng.random() < 0.7:
        cmd += gap() + sliver("right")
    return cmd + ["-gravity", "Center", "+append", "+repage", "-gravity", "NorthWest"]


def render(text, font, condition, rng, train, path):
    size = rng.choice([9, 10, 11, 12, 13, 14, 16, 18]) if train else rng.choice([10, 12, 14, 16])
    density = 300
    if condition != "clean":
        density = rng.randint(150 if train else 200, 300)
    # -seed: ImageMagick's noise is otherwise drawn afresh on every run.
    cmd = ["convert", "-seed", str(rng.randrange(1, 2**31)), "-density", str(density),
           "-font", font, "-pointsize", str(size)]
    if condition == "context":
        em = size * density // 72
        cmd += ["-respect-parentheses", "-background", "white"] + context_pieces(text, rng, em)
        finish = rng.choice(["clean", "noisy", "bw", "jpeg"])
    else:
        cmd += ["pango:" + text.replace("%", "%%"), "-colorspace", "Gray", "-trim", "+repage"]
        finish = condition
    if train and rng.random() < 0.5:
        cmd += ["-resize", "%d%%x100%%" % rng.randint(85, 115)]
    border = [str(rng.randint(2, 14)), str(rng.randint(2, 10))]
    cmd += ["-bordercolor", "white", "-border", "%sx%s" % tuple(border)]
    if finish == "noisy":
        dark, light = rng.randint(0, 35), rng.randint(70, 100)
        cmd += noisy_effects(rng, dark, light, (0.2, 0.9), (0.2, 0.8), 0.8)
    elif finish == "heavy":
        cmd += heavy_effects(rng, density)
    elif finish == "warp":
        cmd += warp_effects(rng)
    elif finish == "faint":
        cmd += faint_effects(rng)
    elif finish == "bw":
        cmd += bw_effects(rng)
    elif finish == "jpeg":
        cmd += jpeg_effects(rng)
    cmd += ["+repage", "-units", "PixelsPerInch", "-density", str(density), "-depth", "8"]
    if finish == "jpeg":
        jpeg = path + ".jpg"
        run_convert(cmd + ["-quality", str(rng.randint(35, 85)), jpeg])
        run_convert(["convert", jpeg, path])
        os.remove(jpeg)
    else:
        run_convert(cmd + [path])
    out = subprocess.run(["identify", "-format", "%w %h", path], check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), int(out[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--text", required=True)
    ap.add_argument("--font", required=True)
    ap.add_argument("--condition", required=True,
                    choices=["clean", "noisy", "bw", "heavy", "warp", "faint", "jpeg", "context"])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--train", action="store_true")
    ap.add_argument("--ascii-digits", action="store_true")
    args = ap.parse_args()
    rng = random.Random("%d/%s/%s" % (args.seed, args.font, args.condition))
    with open(args.text, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    lines = lines[args.first:args.first + args.count] if args.count else lines[args.first:]
    if args.ascii_digits:
        lines = [l.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")) for l in lines]
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    if not args.train:
        for i, text in enumerate(lines):
            base = "%s_%04d" % (args.out, i)
            render(text, args.font, args.condition, rng, False, base + ".png")
            with open(base + ".gt.txt", "w", encoding="utf-8") as f:
                f.write(text + "\n")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pngs, boxes = [], []
        for page, text in enumerate(lines):
            png = os.path.join(tmp, "%05d.png" % page)
            w, h = render(text, args.font, args.condition, rng, True, png)
            pngs.append(png)
            boxes.append("WordStr 0 0 %d %d %d #%s\n" % (w, h, page, text))
            boxes.append("\t 0 0 %d %d %d\n" % (w, h, page))
        subprocess.run(["convert"] + pngs + ["-compress", "lzw", "tiff:" + args.out + ".tif.part"],
                       check=True)
        with open(args.out + ".box", "w", encoding="utf-8") as f:
            f.writelines(boxes)
        os.replace(args.out + ".tif.part", args.out + ".tif")


if __name__ == "__main__":
    main()
