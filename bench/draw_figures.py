#!/usr/bin/env python3
"""Figures of one draw (pipelines/samples/draw.py) from compare_truth's summary.

    draw_figures.py SUMMARY_MD REPORTS_CSV DRAW_MD

Per set (born-digital, scanned): field accuracy, score-field accuracy (total, tool scores,
indicators), grade and agency-name accuracy, and the silent errors: wrong values in reports
itapipe called `ok` (every compared value but status and problems), the one error a ranking
cannot survive. Then the misses by field. compare_truth does the comparing; this only counts.
"""

import csv
import os
import re
import sys
from collections import Counter, defaultdict

SCORE_FIELDS = {"total_score", "iit_score", "eit_score", "oit_score", "indicator"}
NOT_VALUES = {"status", "problems"}  # what the status says about itself, not a read value


def parse_summary(path):
    """{set: {"docs", "perfect", "fields": {category: [correct, total]}, "misses": [...]}}"""
    sets, current = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"## (\S+) \((\d+) documents, (\d+) fully correct\)", line)
        if m:
            current = sets[m.group(1)] = dict(docs=int(m.group(2)), perfect=int(m.group(3)),
                                              fields={}, misses=[])
            continue
        if current is None:
            continue
        m = re.match(r"\| (\S+) \| (\d+) \| (\d+) \|", line)
        if m and not m.group(1).startswith("**"):
            current["fields"][m.group(1)] = [int(m.group(2)), int(m.group(3))]
        m = re.match(r"- `([^`]*)` (\S+): want `(.*)` got `(.*)`$", line.rstrip("\n"))
        if m:
            current["misses"].append(m.groups())
    return sets


def category(field):
    if field.startswith("indicator:"):
        return "indicator"
    if field.startswith("measure["):
        return "measure." + field.split("].", 1)[1]
    return field


def statuses(path):
    """source file name (no folder) -> status."""
    with open(path, encoding="utf-8", newline="") as f:
        return {row["source_file"].rsplit("/", 1)[-1]: row["status"] for row in csv.DictReader(f)}


def share(counts, names):
    c = sum(v[0] for k, v in counts.items() if k in names)
    t = sum(v[1] for k, v in counts.items() if k in names)
    return "%d / %d (%.2f %%)" % (c, t, 100.0 * c / t if t else 0)


def drawn(truth_dir, name):
    """What the draw put in a document: its truth file's comment, after the seed."""
    path = os.path.join(truth_dir, os.path.splitext(name)[0] + ".tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") and "draw.py --seed" in line:
            return line.split("; ", 1)[1].strip()
    return ""


def report_set(name, s, status, truth_dir):
    fields = s["fields"]
    everything = set(fields)
    print("\n## %s: %d documents, %d fully correct\n" % (name, s["docs"], s["perfect"]))
    print("| measure | value |\n| --- | --- |")
    print("| all fields | %s |" % share(fields, everything))
    print("| all fields but status and problems | %s |" % share(fields, everything - NOT_VALUES))
    print("| score fields (total, IIT/EIT/OIT, indicators) | %s |" % share(fields, SCORE_FIELDS))
    print("| grade | %s |" % share(fields, {"grade"}))
    print("| agency_name | %s |" % share(fields, {"agency_name"}))
    print("| fiscal_year | %s |" % share(fields, {"fiscal_year"}))
    print("| measure columns | %s |" % share(fields, {k for k in fields if k.startswith("measure.")}))
    silent = [m for m in s["misses"] if status.get(m[0]) == "ok" and m[1] not in NOT_VALUES]
    silent_docs = sorted({m[0] for m in silent})
    kinds = Counter("score" if category(m[1]) in SCORE_FIELDS else
                    "measure" if m[1].startswith("measure[") else category(m[1]) for m in silent)
    n_ok = sum(1 for f in s["files"] if status.get(f) == "ok")
    print("| reports `ok` / `partial` / `failed` | %s |" % " / ".join(
        str(sum(1 for f in s["files"] if status.get(f) == st)) for st in ("ok", "partial", "failed")))
    print("| **silent errors**: wrong values in `ok` reports | %d values in %d of %d `ok` reports (%s) |"
          % (len(silent), len(silent_docs), n_ok,
             ", ".join("%s %d" % kv for kv in sorted(kinds.items())) or "none"))
    by_field = Counter(category(m[1]) for m in s["misses"])
    print("\nMisses by field: " + (", ".join("%s %d" % kv for kv in by_field.most_common())
                                    or "none"))
    if silent:  # report fields one by one; measure rows per document (a lost table is many)
        print("\nSilent errors:")
        for f in silent_docs:
            mine = [m for m in silent if m[0] == f]
            for _, field, want, got in mine:
                if not field.startswith("measure["):
                    print("- `%s` %s: want `%s` got `%s`" % (f, field, want, got))
            rows = {m[1].split("]")[0] for m in mine if m[1].startswith("measure[")}
            if rows:
                print("- `%s` %d measure values wrong in %d rows" % (
                    f, sum(1 for m in mine if m[1].startswith("measure[")), len(rows)))
    print("\n| document | status | what it draws | misses |\n| --- | --- | --- | --- |")
    for f in sorted(s["files"]):
        misses = Counter(category(m[1]) for m in s["misses"] if m[0] == f)
        text = ", ".join("%s %d" % kv for kv in sorted(misses.items())) or "-"
        print("| `%s` | %s | %s | %s |" % (f, status.get(f, "?"), drawn(truth_dir, f), text))


def main(summary, reports, draw_md):
    sets = parse_summary(summary)
    status = statuses(reports)
    files = defaultdict(set)  # set (the folder) -> file names
    with open(reports, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            parts = row["source_file"].split("/")
            files[parts[-2] if len(parts) > 1 else ""].add(parts[-1])
    print(open(draw_md, encoding="utf-8").read().strip())
    for name in ("born-digital", "scanned"):
        if name in sets:
            sets[name]["files"] = files[name]
            report_set(name, sets[name], status, os.path.join(os.path.dirname(draw_md), "truth"))


if __name__ == "__main__":
    main(*sys.argv[1:4])
