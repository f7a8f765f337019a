"""Scanned variants of the born-digital sample reports: samples/scanned/ and their truth files.

Regenerate (from the repository root):

    sh pipelines/samples/make_scans.sh          # = python3 pipelines/samples/make_scans.py
    sh pipelines/samples/make_scans.sh --holdout   # samples/scanned-holdout/ (HOLDOUT_SPECS)

Needs pdftoppm, pdftotext (poppler-utils), ImageMagick 6 `convert`, img2pdf, tiffcp
(libtiff-tools) and qpdf; python3 standard library only. Deterministic: one fixed seed drives
every skew angle and every ImageMagick noise seed (ImageMagick runs single-threaded, so its
noise does not depend on thread scheduling); the same command writes the same images.
Idempotent: it empties samples/scanned/ and rewrites samples/truth/scan-*.tsv, nothing else.

Each output is named scan-NN-<kind>-<source stem>.<ext>. The sources and kinds (SPECS below):

  jpeg300      image-only PDF: pages rendered at 300 dpi greyscale, each page rotated by its own
               small angle (white fill, canvas cropped back to A4), paper tone (+level), mild
               Gaussian noise (sigma ~2-3 grey levels), JPEG quality 75 embedded as is by
               img2pdf with 300 dpi metadata, so every page is A4. The seed report
               pakchong-2565 uses skews of ~0.5 degrees; another report skews up to 2 degrees.
  blur200      image-only PDF, 200 dpi greyscale, Gaussian blur 0x0.6 + noise, JPEG q75.
  g4tiff300    one multi-page bilevel TIFF (office scanner): 300 dpi grey, slight skew, blur,
               noise, threshold; CCITT Group 4, 300 dpi resolution tags; pages joined by tiffcp.
  greytiff200  one multi-page 8-bit greyscale TIFF, 200 dpi, deflate (zip, predictor 2), slight
               skew and blur, paper tone, no noise (keeps the file small).
  png300       one PNG: only the results page of the source (the page whose text holds
               "คะแนน" and the total score, with the most indicator scores), 300 dpi grey,
               pHYs 300 dpi, slight skew and blur.
  photo        one JPEG phone photo of the results page: ~250 dpi effective resolution but
               72 dpi in its metadata, rotated 1.5 degrees on a darker desk background, colour
               with a warm uneven illumination gradient multiplied in, slight blur, quality 60.
  mixed        PDF whose table pages (those holding an indicator score or a measure's issue
               text) are replaced by 300 dpi JPEG scans (skew, noise); the other pages keep
               their text layer. Joined with qpdf.

Truth: samples/truth/<output stem>.tsv. For whole documents it is the source's truth file
with a first comment line naming source and degradations, and without the `field status` and
`field problems` lines (OCR confidence may legitimately add problems). For the single-page
png300/photo documents it holds only what that page shows: agency_name, district, province,
fiscal_year, grade, iit/eit/oit scores only when their value is in the page's text (pdftotext,
Thai digits made ASCII, whitespace removed; district and province outside the agency name;
fields empty in the source truth stay, empty), total_score, the indicators whose score is on the
page, and no measures.
"""

import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

SEED = 20240601
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLES = os.path.join(REPO, "samples")
OUT = os.path.join(SAMPLES, "scanned")
TRUTH = os.path.join(SAMPLES, "truth")

# number, kind, source (under samples/), options. Fixed list: covers the seed report, several
# gen-* and hold-* reports and fiscal years 2562-2567.
SPECS = [
    (1, "jpeg300", "born-digital/pakchong-2565.pdf", {"skew": (0.35, 0.65), "noise": 0.10}),
    (2, "jpeg300", "born-digital/gen-04-obj-2567.pdf", {"skew": (0.5, 2.0), "noise": 0.12}),
    (3, "blur200", "holdout/hold-02-obj-2563.pdf", {"skew": (0.2, 1.0), "noise": 0.12}),
    (4, "g4tiff300", "born-digital/gen-01-tessaban-mueang-2564.pdf", {"skew": (0.1, 0.8)}),
    (5, "g4tiff300", "holdout/hold-04-tessaban-mueang-2562.pdf", {"skew": (0.1, 0.8)}),
    (6, "greytiff200", "born-digital/gen-05-tessaban-nakhon-2565.pdf", {"skew": (0.1, 0.7)}),
    (7, "png300", "holdout/hold-09-obt-2567.pdf", {"skew": (0.1, 0.4)}),
    (8, "photo", "born-digital/gen-08-obj-2566.pdf", {}),
    (9, "mixed", "holdout/hold-06-tessaban-nakhon-2565.pdf", {"skew": (0.2, 1.0), "noise": 0.10}),
    (10, "mixed", "born-digital/gen-10-obt-2562.pdf", {"skew": (0.2, 1.0), "noise": 0.10}),
]

# The scanned holdout set (samples/scanned-holdout/, truth scanho-*.tsv): other sources,
# another seed, written after the OCR rules were, to measure them on scans they were not
# tuned on (bench/accuracy.sh). Not run by the e2e tests: OCR makes them minutes long.
HOLDOUT_SEED = 20261202
HOLDOUT_SPECS = [
    (11, "jpeg300", "born-digital/gen-03-obj-2567.pdf", {"skew": (0.3, 1.5), "noise": 0.12}),
    (12, "blur200", "born-digital/gen-06-tessaban-mueang-2563.pdf", {"skew": (0.2, 1.0),
                                                                       "noise": 0.12}),
    (13, "g4tiff300", "holdout/hold-13-tessaban-2565.pdf", {"skew": (0.1, 0.8)}),
    (14, "greytiff200", "holdout/hold-18-tessaban-nakhon-2564.pdf", {"skew": (0.1, 0.7)}),
    (15, "png300", "born-digital/gen-12-obt-2563.pdf", {"skew": (0.1, 0.4)}),
    (16, "photo", "holdout/hold-23-obj-2564.pdf", {}),
    (17, "mixed", "born-digital/gen-19-tessaban-nakhon-2565.pdf", {"skew": (0.2, 1.0),
                                                                    "noise": 0.10}),
    (18, "jpeg300", "holdout/hold-11-tessaban-nakhon-2563.pdf", {"skew": (0.5, 2.0),
                                                                  "noise": 0.12}),
]

A4 = {300: (2480, 3508), 200: (1654, 2339), 250: (2067, 2923)}  # pdftoppm's A4 page sizes
PAPER = "+level 5%,94%"  # toner not quite black, paper not quite white
ENV = dict(os.environ, MAGICK_THREAD_LIMIT="1", OMP_NUM_THREADS="1")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, env=ENV, **kw)


def convert(args):
    run(["convert"] + args)


def ascii_digits(text):
    return text.translate({0x0E50 + i: ord("0") + i for i in range(10)})


def squash(text):
    return re.sub(r"\s+", "", ascii_digits(text))


def page_count(pdf):
    info = run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_text(pdf, page):
    return run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), pdf, "-"],
               capture_output=True, text=True).stdout


def render(pdf, page, dpi, work):
    """Page `page` as an 8-bit greyscale PGM at dpi; returns its path."""
    base = os.path.join(work, "r%03d-%d" % (page, dpi))
    run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page),
         "-singlefile", pdf, base])
    return base + ".pgm"


def angle(rng, lo_hi):
    lo, hi = lo_hi
    return round(rng.uniform(lo, hi) * rng.choice((-1, 1)), 2)


def skew_args(deg, dpi, fill="white"):
    w, h = A4[dpi]
    return ["-background", fill, "-rotate", str(deg), "-gravity", "center",
            "-extent", "%dx%d" % (w, h), "+repage"]


def noise_args(seed, attenuate):
    return ["-seed", str(seed), "-attenuate", str(attenuate), "+noise", "Gaussian"]


def density(dpi):
    return ["-density", str(dpi), "-units", "PixelsPerInch"]


def read_truth(path):
    return open(path, encoding="utf-8").read().splitlines()


def write_truth(stem, lines):
    with open(os.path.join(TRUTH, stem + ".tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def whole_truth(src_truth, header):
    keep = [header]
    for line in read_truth(src_truth):
        cols = line.split("\t")
        if cols[0] == "field" and len(cols) > 1 and cols[1] in ("status", "problems"):
            continue
        keep.append(line)
    return keep


def results_page(pdf, src_truth):
    """The page holding 'คะแนน' and the total score, with the most indicator scores."""
    lines = [l.split("\t") for l in read_truth(src_truth) if not l.startswith("#")]
    fields = {c[1]: c[2] for c in lines if c[0] == "field" and len(c) > 2}
    scores = [c[2] for c in lines if c[0] == "indicator"]
    best = None
    for page in range(1, page_count(pdf) + 1):
        text = squash(page_text(pdf, page))
        if "คะแนน" not in text or fields["total_score"] not in text:
            continue
        hits = sum(s in text for s in scores)
        if best is None or hits > best[1]:
            best = (page, hits)
    if best is None:
        sys.exit("no results page in %s" % pdf)
    return best[0]


def grade_on_page(grade, raw_text):
    if re.fullmatch(r"[A-Za-z+\-]+", grade):
        return re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(grade),
                         ascii_digits(raw_text)) is not None
    return squash(grade) in squash(raw_text)


def page_truth(src_truth, raw_text, header):
    """Truth of a one-page document: only the values its text shows."""
    text = squash(raw_text)
    agency = next((l.split("\t")[2] for l in read_truth(src_truth)
                 if l.startswith("field\tagency_name\t")), "")
    # district and province count only outside the agency name (which may contain them)
    rest = text.replace(squash(agency), "\n") if agency else text
    out = [header]
    missing = []
    for line in read_truth(src_truth):
        cols = line.split("\t")
        if line.startswith("#"):
            out.append(line)
        elif cols[0] == "field":
            name, value = cols[1], cols[2]
            if name == "total_score":
                out.append(line)
            elif name in ("agency_name", "fiscal_year", "iit_score", "eit_score", "oit_score",
                          "district", "province"):
                where = rest if name in ("district", "province") else text
                if not value or squash(value) in where:  # empty: not in the page either
                    out.append(line)
            elif name == "grade":
                if value and grade_on_page(value, raw_text):
                    out.append(line)
        elif cols[0] == "indicator":
            if cols[2] in text:
                out.append(line)
            else:
                missing.append(cols[1])
    if missing:
        print("  note: indicators %s not on the page, left out" % ",".join(missing))
    return out


# ---- page degradations (each writes one file and returns its path) ----

def page_jpeg(src, page, dpi, deg, seed, att, blur, work, quality=75):
    out = os.path.join(work, "p%03d.jpg" % page)
    args = [render(src, page, dpi, work)] + skew_args(deg, dpi) + PAPER.split()
    if blur:
        args += ["-gaussian-blur", "0x%s" % blur]
    args += noise_args(seed, att) + ["-type", "Grayscale", "-strip"] + density(dpi)
    args += ["-sampling-factor", "1x1", "-quality", str(quality), out]
    convert(args)
    return out


def page_g4(src, page, deg, seed, work):
    out = os.path.join(work, "p%03d.tif" % page)
    convert([render(src, page, 300, work)] + skew_args(deg, 300) +
            ["-gaussian-blur", "0x0.8"] + noise_args(seed, 0.25) +
            ["-threshold", "78%", "-type", "Bilevel", "-strip", "-compress", "Group4"] +
            density(300) + [out])
    return out


def page_grey_tiff(src, page, deg, work):
    out = os.path.join(work, "p%03d.tif" % page)
    convert([render(src, page, 200, work)] + skew_args(deg, 200) + PAPER.split() +
            ["-gaussian-blur", "0x0.5", "-depth", "8", "-type", "Grayscale", "-strip",
             "-compress", "Zip", "-define", "tiff:predictor=2"] + density(200) + [out])
    return out


def img2pdf(images, dpi, out):
    # the internal engine writes no random /ID (the pikepdf one does); --nodate: no timestamps
    run(["img2pdf", "--engine", "internal", "--nodate", "--imgsize", "%ddpix%ddpi" % (dpi, dpi),
         "-o", out] + images)


# ---- document kinds ----

def degradation_text(kind, opts, extra=""):
    d = {
        "jpeg300": "image-only PDF, 300 dpi grey, skew %s-%s deg per page, paper tone, "
                   "Gaussian noise (attenuate %s), JPEG q75",
        "blur200": "image-only PDF, 200 dpi grey, skew %s-%s deg per page, blur 0x0.6, "
                   "Gaussian noise (attenuate %s), JPEG q75",
        "g4tiff300": "multi-page bilevel TIFF, CCITT G4, 300 dpi, skew %s-%s deg, blur 0x0.8, "
                     "noise, threshold 78%% (printed hairlines come out black)",
        "greytiff200": "multi-page 8-bit grey TIFF, deflate, 200 dpi, skew %s-%s deg, "
                       "blur 0x0.5, paper tone",
        "png300": "single-page PNG (results page only), 300 dpi grey, skew %s-%s deg, "
                  "blur 0x0.4",
        "photo": "single-page JPEG phone photo (results page only), ~250 dpi effective, "
                 "72 dpi metadata, rotated 1.5 deg, uneven illumination, q60",
        "mixed": "mixed PDF: table pages scanned (300 dpi grey JPEG q75, skew %s-%s deg, "
                 "noise %s), other pages keep their text",
    }[kind]
    vals = []
    if "%s" in d:
        lo, hi = opts.get("skew", (0, 0))
        vals = [lo, hi, opts.get("noise", "")][: d.count("%s")]
    return (d % tuple(vals)) + extra


def make(number, kind, rel, opts, work, out_dir=OUT, prefix="scan", seed_base=SEED):
    src = os.path.join(SAMPLES, rel)
    stem_src = os.path.splitext(os.path.basename(rel))[0]
    src_truth = os.path.join(TRUTH, stem_src + ".tsv")
    ext = {"g4tiff300": "tif", "greytiff200": "tif", "png300": "png", "photo": "jpg"}.get(
        kind, "pdf")
    stem = "%s-%02d-%s-%s" % (prefix, number, kind, stem_src)
    out = os.path.join(out_dir, stem + "." + ext)
    rng = random.Random("%d-%d" % (seed_base, number))
    pages = page_count(src)
    print("%s <- %s (%d pages)" % (os.path.basename(out), rel, pages), flush=True)
    header = "# Scanned variant of samples/%s: %s. Written by pipelines/samples/make_scans.py" % (
        rel, degradation_text(kind, opts))

    def seed():
        return rng.randrange(1, 2**31)

    if kind in ("jpeg300", "blur200"):
        dpi = 300 if kind == "jpeg300" else 200
        blur = None if kind == "jpeg300" else 0.6
        imgs = [page_jpeg(src, p, dpi, angle(rng, opts["skew"]), seed(), opts["noise"], blur,
                          work) for p in range(1, pages + 1)]
        img2pdf(imgs, dpi, out)
        write_truth(stem, whole_truth(src_truth, header))
    elif kind == "g4tiff300":
        tifs = [page_g4(src, p, angle(rng, opts["skew"]), seed(), work)
                for p in range(1, pages + 1)]
        run(["tiffcp", "-c", "g4"] + tifs + [out])
        write_truth(stem, whole_truth(src_truth, header))
    elif kind == "greytiff200":
        tifs = [page_grey_tiff(src, p, angle(rng, opts["skew"]), work)
                for p in range(1, pages + 1)]
        run(["tiffcp", "-c", "zip:2"] + tifs + [out])
        write_truth(stem, whole_truth(src_truth, header))
    elif kind in ("png300", "photo"):
        page = results_page(src, src_truth)
        header = header.replace("results page only", "page %d of %d only" % (page, pages))
        raw = page_text(src, page)
        if kind == "png300":
            convert([render(src, page, 300, work)] + skew_args(angle(rng, opts["skew"]), 300) +
                    PAPER.split() + ["-gaussian-blur", "0x0.4", "-depth", "8",
                                     "-define", "png:exclude-chunks=date,time,tEXt,zTXt,iTXt",
                                     "-define", "png:color-type=0", "-define",
                                     "png:compression-level=9"] + density(300) + [out])
        else:
            make_photo(render(src, page, 250, work), seed(), out)
        write_truth(stem, page_truth(src_truth, raw, header))
    elif kind == "mixed":
        make_mixed(src, src_truth, pages, opts, rng, work, out, stem, header)
    else:
        raise ValueError(kind)


def make_photo(pgm, seed, out):
    w, h = A4[250]
    pad = 90
    desk = "#5e5850"
    W, H = w + 2 * pad, h + 2 * pad
    convert([pgm, "-bordercolor", desk, "-border", str(pad), "-background", desk,
             "-rotate", "1.5", "-gravity", "center", "-extent", "%dx%d" % (W, H), "+repage",
             "-colorspace", "sRGB", "-type", "TrueColor",
             "(", "-size", "%dx%d" % (W, H), "-define", "gradient:angle=125",
             "gradient:#fff9ee-#9c9281", ")", "-compose", "Multiply", "-composite",
             "-gaussian-blur", "0x0.7"] + noise_args(seed, 0.12) +
            ["-strip", "-density", "72", "-units", "PixelsPerInch", "-quality", "60", out])


def table_pages(src, src_truth, pages):
    keys = []
    for line in read_truth(src_truth):
        cols = line.split("\t")
        if cols[0] == "indicator":
            keys.append(cols[2])
        elif cols[0] == "measure":
            keys.append(squash(cols[2])[:12])
    found = []
    for p in range(1, pages + 1):
        text = squash(page_text(src, p))
        if any(k and k in text for k in keys):
            found.append(p)
    return found


def make_mixed(src, src_truth, pages, opts, rng, work, out, stem, header):
    scanned = table_pages(src, src_truth, pages)
    if len(scanned) == pages:  # keep at least the cover as text
        scanned = scanned[1:]
    imgs = [page_jpeg(src, p, 300, angle(rng, opts["skew"]), rng.randrange(1, 2**31),
                      opts["noise"], None, work) for p in scanned]
    scan_pdf = os.path.join(work, "scanned.pdf")
    img2pdf(imgs, 300, scan_pdf)
    spec = []
    for p in range(1, pages + 1):
        spec += [scan_pdf, str(scanned.index(p) + 1)] if p in scanned else [src, str(p)]
    run(["qpdf", "--deterministic-id", "--empty", "--pages"] + spec + ["--", out])
    header = header.replace("table pages scanned", "pages %s of %d scanned" % (
        ",".join(map(str, scanned)), pages))
    write_truth(stem, whole_truth(src_truth, header))


def main():
    # --holdout: the scanned holdout set instead; numbers: specs to (re)make alone.
    holdout = "--holdout" in sys.argv[1:]
    only = set(int(a) for a in sys.argv[1:] if a != "--holdout")
    specs, out, prefix, seed = ((HOLDOUT_SPECS, os.path.join(SAMPLES, "scanned-holdout"), "scanho",
                                 HOLDOUT_SEED) if holdout else (SPECS, OUT, "scan", SEED))
    os.makedirs(out, exist_ok=True)
    if not only:
        for name in os.listdir(out):
            os.remove(os.path.join(out, name))
        for name in os.listdir(TRUTH):
            if name.startswith(prefix + "-") and name.endswith(".tsv"):
                os.remove(os.path.join(TRUTH, name))
    for number, kind, rel, opts in specs:
        if only and number not in only:
            continue
        work = tempfile.mkdtemp(prefix="make_scans-")
        try:
            make(number, kind, rel, opts, work, out, prefix, seed)
        finally:
            shutil.rmtree(work)
    print("scanned samples written to %s" % out)


if __name__ == "__main__":
    main()
