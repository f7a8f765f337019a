#!/usr/bin/env python3
"""Synthetic ITA analysis reports with ground truth.

generate.py --seed N --count K --out DIR [--truth DIR] [--prefix gen] [--templates base|holdout]

Writes K PDFs (HTML -> LibreOffice) to DIR and one truth TSV per report to --truth
(default DIR/../truth). Deterministic for a given seed. The `holdout` template set adds score
layouts and wordings that the `base` set never uses (a transposed score table, a
"full score / score" table, and a different result sentence and cover title), so that holdout
measures generalization.

Weights, indicators and grades come from models/methodology (methodology.py): a letter up to
2565, from 2566 a pass label by the per-tool rule (a total of 94.64 with an EIT below 85 prints
ผ่าน). --years picks the fiscal years (default: every year the methodology covers).
"""

import argparse
import os
import random
import sys
import tempfile
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import htmlkit as hk  # noqa: E402
import places  # noqa: E402
import layouts  # noqa: E402
import methodology  # noqa: E402

TYPES = [
    ("เทศบาลนคร", "city_municipality", "tessaban-nakhon"),
    ("เทศบาลเมือง", "town_municipality", "tessaban-mueang"),
    ("เทศบาลตำบล", "subdistrict_municipality", "tessaban"),
    ("องค์การบริหารส่วนตำบล", "sao", "obt"),
    ("องค์การบริหารส่วนจังหวัด", "pao", "obj"),
]
FONTS = ["Laksaman", "Laksaman", "Laksaman", "Norasi", "Kinnari", "Loma", "Garuda", "Umpush"]


def tool_scores(cents, year):
    """Tool scores as printed (rounded to hundredths): what the per-tool rule looks at."""
    m = methodology.of_year(year)
    return {t: Fraction(hk.round_fraction(tool_mean(cents, t, year))) for t in m.tools()}


def grade_of(total, year, cents):
    return methodology.of_year(year).grade(Fraction(total), tool_scores(cents, year))


class Digits:
    """Prints numbers in the report's digit style: thai, arabic or mixed."""

    def __init__(self, style, rng):
        self.style, self.rng = style, rng

    def __call__(self, text):
        text = str(text)
        if self.style == "thai" or (self.style == "mixed" and self.rng.random() < 0.5):
            return hk.th(text)
        return text


def agency(rng, kind):
    prefix, code, slug = kind
    if code == "city_municipality":
        city, district, province = rng.choice(places.CITIES)
        return prefix + city, district, province, None
    district, province = rng.choice(places.DISTRICTS)
    if code == "town_municipality":
        return prefix + district, district, province, None
    if code == "pao":
        province = rng.choice(places.PROVINCES)
        return prefix + province, "", province, None
    sub = rng.choice(places.SUBDISTRICTS)
    return prefix + sub, district, province, sub


def scores(rng, year):
    """Indicator scores in hundredths around a per-report level, so that every grade occurs."""
    level = rng.uniform(62, 99)
    shift = {"IIT": (3, 3), "EIT": (0, 4), "OIT": (-3, 9)}
    out = {}
    for tool, nos in methodology.of_year(year).tools().items():
        mu, sigma = shift[tool]
        for n in nos:
            x = min(100.0, max(20.0, rng.gauss(level + mu, sigma)))
            out[n] = int(round(x * 100))
    return out


def tool_mean(cents, tool, year):
    nos = methodology.of_year(year).tools()[tool]
    return Fraction(sum(cents[n] for n in nos), 100 * len(nos))


def total_of(cents, year):
    weights = methodology.of_year(year).weights
    return sum(w * tool_mean(cents, t, year) for t, w in weights.items())


def printed_total(rng, exact, problem, year, cents):
    """The total as printed; off by 0.5-2.5 (same grade band) for total_mismatch."""
    total = hk.round_fraction(exact)
    if problem != "total_mismatch":
        return total
    for _ in range(50):
        off = rng.choice([-1, 1]) * rng.randint(50, 250)
        off_cents = int(round(float(total) * 100)) + off
        alt = "%d.%02d" % (off_cents // 100, off_cents % 100)
        if 0 < off_cents < 10000 and (grade_of(Fraction(off_cents, 100), year, cents) ==
                                      grade_of(exact, year, cents)):
            return alt
    return "%d.%02d" % divmod(int(round(float(total) * 100)) + 3, 100)


def printed_grade(rng, total, problem, year, cents):
    grade = grade_of(total, year, cents)
    if problem != "grade_mismatch":
        return grade
    letters = methodology.of_year(year).labels()  # letters only: a mismatch needs their bands
    i = letters.index(grade)
    return letters[i + 1] if i + 1 < len(letters) else letters[i - 1]


def plan(rng, idx, templates, problem, year, kind):
    """All random choices of one report, as a dict."""
    name, district, province, sub = agency(rng, kind)
    cents = scores(rng, year)
    missing = rng.choice([2, 4, 7, 9, 10]) if problem == "missing_indicator" else None
    exact = total_of(cents, year)
    total = printed_total(rng, exact, problem, year, cents)
    layouts_base = ["analysis", "two_col", "prose"]
    extra = ["transposed", "full_score"] if templates == "holdout" else []
    layout = rng.choice(layouts_base + extra * 2)
    wording = rng.choice(["mi", "phon"] + (["dai_ruam", "dai_ruam"] if templates == "holdout" else []))
    return dict(
        idx=idx, kind=kind, name=name, district=district, province=province, sub=sub, year=year,
        cents=cents, missing=missing, total=total, problem=problem, exact=exact,
        grade=printed_grade(rng, total, problem, year, cents), layout=layout, wording=wording,
        weighted_table=rng.random() < 0.35, font=rng.choice(FONTS),
        digits=Digits(rng.choice(["thai", "thai", "arabic", "mixed"]), rng),
        cover=rng.choice(["two_lines", "one_line", "abbrev", "with_tambon"]),
        spelling=spellings(rng, year),
        holdout=templates == "holdout")


def spellings(rng, year):
    """One spelling per indicator that has several (4 and 8), as the report prints it."""
    m = methodology.of_year(year)
    return {n: rng.choice(m.spellings(n)) for n in sorted(m.indicators) if len(m.spellings(n)) > 1}


def truth_fields(p):
    t_scores = {}
    for tool, nos in methodology.of_year(p["year"]).tools().items():
        present = p["missing"] not in nos
        t_scores[tool] = hk.round_fraction(tool_mean(p["cents"], tool, p["year"])) if present else ""
    problems = {None: "", "missing_indicator": "missing_indicator:%s" % p["missing"]}
    problem = problems.get(p["problem"], p["problem"])
    return [("agency_name", p["name"]), ("agency_type", p["kind"][1]), ("district", p["district"]),
            ("province", p["province"]), ("fiscal_year", str(p["year"])),
            ("total_score", p["total"]), ("grade", p["grade"]), ("iit_score", t_scores["IIT"]),
            ("eit_score", t_scores["EIT"]), ("oit_score", t_scores["OIT"]),
            ("status", "partial" if p["problem"] else "ok"), ("problems", problem)]


def file_stem(p, prefix):
    if p["idx"] % 7 == 0:  # some names carry Thai letters and spaces
        return "%s-%02d %s %d" % (prefix, p["idx"], p["kind"][0], p["year"])
    return "%s-%02d-%s-%d" % (prefix, p["idx"], p["kind"][2], p["year"])


def parse_years(text):
    if not text:
        return methodology.years()
    if "-" in text:
        first, last = map(int, text.split("-"))
        return list(range(first, last + 1))
    return [int(y) for y in text.split(",")]


def schedule(rng, count, items):
    """count values cycling through items, shuffled."""
    out = [items[i % len(items)] for i in range(count)]
    rng.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth")
    ap.add_argument("--prefix", default="gen")
    ap.add_argument("--templates", default="base", choices=["base", "holdout"])
    ap.add_argument("--years", help="FIRST-LAST or Y,Y,...; default every methodology year")
    ap.add_argument("--no-pdf", action="store_true", help="truth files only (to check them)")
    args = ap.parse_args()
    truth_dir = args.truth or os.path.join(os.path.dirname(os.path.abspath(args.out)), "truth")
    rng = random.Random(args.seed)
    years = schedule(rng, args.count, parse_years(args.years))
    kinds = schedule(rng, args.count, TYPES)
    n_bad = max(3, args.count // 4)
    problems = schedule(rng, args.count, [None] * (args.count - n_bad) + [
        ["total_mismatch", "grade_mismatch", "missing_indicator"][i % 3] for i in range(n_bad)])
    work = tempfile.mkdtemp(prefix="itasamples-")
    for i in range(args.count):
        problem = problems[i]
        if problem == "grade_mismatch" and not methodology.of_year(years[i]).letters:
            problem = "total_mismatch"
        p = plan(rng, i + 1, args.templates, problem, years[i], kinds[i])
        stem = file_stem(p, args.prefix)
        body, measures = layouts.report_body(p, rng)
        html_path = os.path.join(work, stem + ".html")
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(hk.document(body, font=p["font"]))
        if not args.no_pdf:
            hk.to_pdf(html_path, args.out, os.path.join(work, "profile"))
        inds = [(n, "%d.%02d" % divmod(c, 100)) for n, c in sorted(p["cents"].items())
                if n != p["missing"]]
        hk.write_truth(os.path.join(truth_dir, stem + ".tsv"), truth_fields(p), inds, measures,
                       comment="Truth for %s.pdf: generate.py --seed %d (%s templates), "
                               "layout %s, wording %s" % (stem, args.seed, args.templates,
                                                          p["layout"], p["wording"]))
        print(stem)


if __name__ == "__main__":
    main()
