"""Sanity check of samples/: every truth value of a sample is findable in its PDF's text
(pdftotext -raw, digits made ASCII, whitespace removed). Prints problems; exit 1 if any."""

import os
import re
import subprocess
import sys

import htmlkit as hk


def squash(text):
    return re.sub(r"\s+", "", hk.ascii_digits(text))


def check(pdf, truth):
    text = squash(subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                                 text=True).stdout)
    bad = []
    for line in open(truth, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        values = []
        if cols[0] == "field" and cols[1] in ("agency_name", "total_score", "district", "province"):
            values = [cols[2]]
        elif cols[0] == "indicator":
            values = [cols[2]]
        elif cols[0] == "measure":
            values = [cols[2], cols[3], cols[4], cols[5], cols[6], cols[8]]
        for v in values:
            if v and squash(v) not in text:
                bad.append("%s: %s %r not in text" % (os.path.basename(pdf), cols[0], v[:60]))
    return bad


def main(samples):
    problems = []
    for folder in ("born-digital", "holdout"):
        for name in sorted(os.listdir(os.path.join(samples, folder))):
            stem = os.path.splitext(name)[0]
            truth = os.path.join(samples, "truth", stem + ".tsv")
            problems += check(os.path.join(samples, folder, name), truth)
    print("\n".join(problems) or "all truth values found in the PDFs' text")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
