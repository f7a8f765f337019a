#!/usr/bin/env python3
"""A draw of synthetic ITA reports in layouts and scan conditions far beyond samples/.

    draw.py --seed S --born-digital N --scanned M --out DIR

Writes DIR/born-digital/*.pdf, DIR/scanned/* (PDF, TIFF or JPEG), one truth file per document
in DIR/truth/ (the format of samples/truth/, read by tests/e2e/truth.h), and DIR/DRAW.md with
the seed and the command. Each document has its own rng, seeded by (seed, kind, number): the
same seed draws the same documents, and a larger N only adds documents. Use one seed while
writing rules (a development draw) and fresh ones to measure (test draws nobody has read).

What a document draws: agency, place and fiscal year (every year of models/methodology), a
font (TLWG, Noto and the Google Fonts faces of pipelines/ocr-model/fonts, most of which the
numerals model never saw), Thai, Arabic or mixed digits, a score layout (drawlayouts.py: narrow
wrapping columns, 1-3 line headers in small type, ruled or borderless, transposed, split over
pages, scores only in prose), the total as a sentence or a box, measure tables ruled or not
with other column widths, and one report in ten a deliberate problem (total or grade that does
not fit, an indicator left out). Scans (drawscans.py): 150-300 dpi, grey or bilevel, skew up
to 3 degrees, JPEG artefacts, phone photos with perspective and shadow, stamps and signatures.

Needs what make_samples.sh and make_scans.sh need, and the npm fonts (scripts/setup.sh --tools).
"""

import argparse
import concurrent.futures
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import drawlayouts  # noqa: E402
import drawscans  # noqa: E402
import generate  # noqa: E402
import htmlkit as hk  # noqa: E402
import make_scans  # noqa: E402
import methodology  # noqa: E402
import tables  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS_CONF = os.path.join(HERE, "..", "ocr-model", "fonts.conf")
# Government documents are set in TH Sarabun (Laksaman and Sarabun are its twins), hence
# their weight; the others are text faces agencies also use.
FONTS = ["Laksaman"] * 4 + ["Sarabun"] * 4 + [
    "Norasi", "Kinnari", "Garuda", "Loma", "Umpush", "Waree", "Sawasdee", "Noto Sans Thai",
    "Noto Serif Thai", "Arundina Serif", "Niramit", "Taviraj", "Trirong", "Maitree", "Anuphan",
    "IBM Plex Sans Thai", "K2D", "Kanit", "Pridi", "Athiti", "Bai Jamjuree", "Chakra Petch"]
DIGITS = ["thai", "thai", "arabic", "mixed"]
PROBLEMS = [None, "total_mismatch", "missing_indicator", "grade_mismatch"]
PROBLEM_WEIGHTS = [90, 4, 3, 3]


def check_fonts():
    """Every face of FONTS must be there: LibreOffice would draw a missing one in another face,
    silently, and the truth would name the wrong font."""
    os.environ["FONTCONFIG_FILE"] = os.path.abspath(FONTS_CONF)
    for family in sorted(set(FONTS)):
        out = subprocess.run(["fc-list", family, "family"], capture_output=True, text=True)
        if not out.stdout.strip():
            sys.exit("draw.py: font %r is not installed: run scripts/setup.sh --tools" % family)


def plan(seed, source, number):
    """One report's plan and its own rng (source: 'bd' born-digital, 'sc' scanned)."""
    rng = random.Random("%d:%s:%d" % (seed, source, number))
    year = rng.choice(methodology.years())
    kind = rng.choice(generate.TYPES)
    problem = rng.choices(PROBLEMS, PROBLEM_WEIGHTS)[0]
    if problem == "grade_mismatch" and not methodology.of_year(year).letters:
        problem = "total_mismatch"  # the pass labels overlap: a wrong one may still fit
    p = generate.plan(rng, number, "holdout", problem, year, kind)
    p.update(font=rng.choice(FONTS), digits=generate.Digits(rng.choice(DIGITS), rng),
             draw=drawlayouts.draw_config(rng))
    p["table_style"] = dict(border=p["draw"]["measure_border"], scale=p["draw"]["measure_scale"],
                            header_pt=p["draw"]["measure_header_pt"])
    stem = "%s-%03d-%s-%d" % (source, number, kind[2], year)
    return p, rng, stem


def write_html(p, rng, work, stem):
    """The report as HTML; returns its truth lines (indicators and measures)."""
    body, measures = drawlayouts.body(p, rng, tables.improvement_section)
    cfg = p["draw"]
    with open(os.path.join(work, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(hk.document(body, font=p["font"], body_pt=cfg["body_pt"], table_pt=cfg["table_pt"]))
    inds = [(n, "%d.%02d" % divmod(c, 100)) for n, c in sorted(p["cents"].items())
            if n != p["missing"]]
    return inds, measures


def to_pdfs(stems, work, out_dir):
    """Every HTML of stems to PDF in two LibreOffice runs (hk.to_pdf does one file; starting
    soffice per file would cost more than the conversions)."""
    if not stems:
        return
    profile = os.path.join(work, "profile")
    htmls = [os.path.join(work, s + ".html") for s in stems]
    hk.soffice(profile, ["--infilter=HTML (StarWriter)", "--convert-to", "fodt", "--outdir",
                         work] + htmls)
    for s in stems:  # rows kept whole, tables split only where a block ends (hk.to_pdf)
        path = os.path.join(work, s + ".fodt")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = text.replace('fo:keep-together="auto"', 'fo:keep-together="always"')
        text = text.replace("<style:table-properties ",
                            '<style:table-properties style:may-break-between-rows="false" ')
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    hk.soffice(profile, ["--convert-to", "pdf", "--outdir", out_dir] +
               [os.path.join(work, s + ".fodt") for s in stems])


def truth_comment(p, stem, seed, extra):
    cfg = p["draw"]
    measures = "ruled" if cfg["measure_border"] else "borderless"
    if cfg["measure_header_pt"]:
        measures += ", headers %dpt" % cfg["measure_header_pt"]
    return ("Truth for %s: draw.py --seed %d; font %s, digits %s, scores %s%s%s, result %s, "
            "measure tables %s%s"
            % (stem, seed, p["font"], p["digits"].style, cfg["score_layout"],
               ", borderless" if cfg["borderless"] else "",
               ", split" if cfg["split"] and cfg["score_layout"] == "table" else "",
               cfg["result"], measures, extra))


def draw_born_digital(seed, count, out, work):
    stems = []
    for i in range(1, count + 1):
        p, rng, stem = plan(seed, "bd", i)
        inds, measures = write_html(p, rng, work, stem)
        hk.write_truth(os.path.join(out, "truth", stem + ".tsv"), generate.truth_fields(p), inds,
                       measures, comment=truth_comment(p, stem, seed, ""))
        stems.append(stem)
    to_pdfs(stems, work, os.path.join(out, "born-digital"))
    return stems


def draw_scanned(seed, count, out, work, jobs):
    """Reports drawn as for born-digital, rendered to PDF in work/, then scanned. Their truth
    leaves out status and problems, as samples/truth/scan-* do (OCR may add a problem)."""
    src_dir = os.path.join(work, "src")
    os.makedirs(src_dir)
    plans = []
    for i in range(1, count + 1):
        p, rng, stem = plan(seed, "sc", i)
        inds, measures = write_html(p, rng, work, stem)
        fields = [f for f in generate.truth_fields(p) if f[0] not in ("status", "problems")]
        plans.append((p, rng, stem, fields, inds, measures))
    to_pdfs([x[2] for x in plans], work, src_dir)
    # Each document has its own rng and ImageMagick seeds: scanning them in parallel writes
    # the same files as one by one.
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        done = [pool.submit(scan_one, *x, seed, out, work) for x in plans]
        for d in done:
            d.result()
    return [x[2] for x in plans]


def scan_one(p, rng, stem, fields, inds, measures, seed, out, work):
    src = os.path.join(work, "src", stem + ".pdf")
    full = os.path.join(work, stem + ".tsv")
    e = drawscans.draw_effects(rng)
    comment = truth_comment(p, stem, seed, "; scanned: " + drawscans.describe(e))
    hk.write_truth(full, fields, inds, measures, comment=comment)
    page_work = tempfile.mkdtemp(dir=work)
    out_stem = os.path.join(out, "scanned", stem)
    truth = os.path.join(out, "truth", stem + ".tsv")
    page = None
    if e["form"] == "photo":
        try:
            page = make_scans.results_page(src, full)
        except SystemExit:  # no page holds the total and a score: scan the whole report
            e["form"] = "pdf-jpeg"
    if page:
        drawscans.photo(src, page, e, rng, page_work, out_stem)
        lines = make_scans.page_truth(full, make_scans.page_text(src, page),
                                      "# %s; photo of page %d only" % (comment, page))
        lines = [l for l in lines if l != "# " + comment]  # page_truth copies it too
        with open(truth, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    else:
        drawscans.scan_document(src, make_scans.page_count(src), e, rng, page_work, out_stem)
        shutil.copy(full, truth)
    shutil.rmtree(page_work)
    print("%s: %s" % (stem, drawscans.describe(e)), flush=True)


def write_note(out, args, bd, sc):
    commit = subprocess.run(["git", "-C", HERE, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    with open(os.path.join(out, "DRAW.md"), "w", encoding="utf-8") as f:
        f.write("# Draw seed %d\n\nCommand: `pipelines/samples/draw.py --seed %d --born-digital %d "
                "--scanned %d --out %s`\n\nGenerator at commit %s. %d born-digital, %d scanned "
                "documents; truth in truth/.\n" % (args.seed, args.seed, args.born_digital,
                                                   args.scanned, args.out, commit, len(bd), len(sc)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--born-digital", type=int, default=0)
    ap.add_argument("--scanned", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=1, help="scans made in parallel")
    args = ap.parse_args()
    check_fonts()
    for sub in ("born-digital", "scanned", "truth"):
        os.makedirs(os.path.join(args.out, sub), exist_ok=True)
    work = tempfile.mkdtemp(prefix="itadraw-")
    try:
        bd = draw_born_digital(args.seed, args.born_digital, args.out, os.path.join(work))
        sc_work = os.path.join(work, "scans")
        os.makedirs(sc_work)
        sc = (draw_scanned(args.seed, args.scanned, args.out, sc_work, args.jobs)
              if args.scanned else [])
    finally:
        shutil.rmtree(work)
    write_note(args.out, args, bd, sc)
    print("draw seed %d: %d born-digital, %d scanned -> %s" % (args.seed, len(bd), len(sc),
                                                               args.out))


if __name__ == "__main__":
    main()
