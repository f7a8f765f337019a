#!/usr/bin/env python3
"""Scores OCR output of evaluate.sh and prints a Markdown report.

  eval_score.py EVAL_DIR... --models thnum tha --heldout "Waree,Umpush" --seen "Laksaman,Loma"
      [--target 99.5] [--note TEXT]...

Each EVAL_DIR (one draw of lines and images) holds one folder per font and condition
(FONT_COND/) with line_NNNN.gt.txt files and, per model M, M.txt: tesseract's output for the
folder's list.txt, one page (line) per form feed. The draws' counts are added up.

Metrics, per folder and model:
  digit accuracy  1 - (edit distance between the line's digits and the output's digits) / digits,
                  summed over lines; Thai and ASCII digits are different characters here
                  (๗ read as 7 counts as an error)
  numbers exact   share of the truth's space-separated tokens that contain a digit and appear
                  unchanged in the output (as a multiset of tokens)
  lines exact     share of lines read exactly (spaces collapsed)
"""
import argparse
import collections
import glob
import os
import sys

DIGITS = set("0123456789๐๑๒๓๔๕๖๗๘๙")


def edit_ops(a, b):
    """Levenshtein distance between a and b and the substituted/deleted/inserted pairs."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
                             rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    ops, i, j = [], len(a), len(b)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and rows[i][j] == rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append((a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and rows[i][j] == rows[i - 1][j] + 1:
            ops.append((a[i - 1], ""))
            i -= 1
        else:
            ops.append(("", b[j - 1]))
            j -= 1
    return rows[len(a)][len(b)], ops


def norm(s):
    return " ".join(s.split())


def score_folder(folder, model):
    truths = [open(p, encoding="utf-8").read().strip()
              for p in sorted(glob.glob(os.path.join(folder, "line_*.gt.txt")))]
    with open(os.path.join(folder, model + ".txt"), encoding="utf-8") as f:
        pages = f.read().split("\f")
    outs = [norm(p) for p in pages[:len(truths)]]
    outs += [""] * (len(truths) - len(outs))
    s = collections.Counter()
    confusions = collections.Counter()
    for truth, out in zip(truths, outs):
        t_digits = [c for c in truth if c in DIGITS]
        o_digits = [c for c in out if c in DIGITS]
        dist, ops = edit_ops(t_digits, o_digits)
        s["digits"] += len(t_digits)
        s["digit_errors"] += dist
        confusions.update(ops)
        numbers = [t for t in truth.split() if any(c in DIGITS for c in t)]
        found = collections.Counter(out.split())
        for t in numbers:
            s["numbers"] += 1
            if found[t] > 0:
                found[t] -= 1
                s["numbers_exact"] += 1
        s["lines"] += 1
        s["lines_exact"] += norm(truth) == out
        s["chars"] += len(truth)
        s["char_errors"] += edit_ops(list(truth), list(out))[0]
    return s, confusions


def pct(a, b):
    return "%.2f %%" % (100.0 * a / b) if b else "-"


def accuracy(s):
    return 100.0 * (s["digits"] - s["digit_errors"]) / s["digits"] if s["digits"] else 0.0


def write_target_summary(out, results, heldout, conds, model, target):
    """One row per held-out font: its worst condition decides whether it reaches the target."""
    passing = []
    rows = []
    for font in heldout:
        accs = [accuracy(results[(font, c, model)][0]) for c in conds if (font, c, model) in results]
        ok = bool(accs) and min(accs) >= target
        if ok:
            passing.append(font)
        rows.append("| %s | %s | %s |\n" % (font, " / ".join("%.2f" % a for a in accs),
                                             "yes" if ok else "no"))
    out.write("\n## Held-out fonts at %.1f %% or more in every condition: %d of %d\n\n"
              % (target, len(passing), len(heldout)))
    out.write("%s.\n\n" % (", ".join(passing) if passing else "none"))
    out.write("| font | digit acc. `%s` (%s) | all at %.1f %% |\n| --- | --- | --- |\n"
              % (model, " / ".join(conds), target))
    out.writelines(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("eval_dirs", nargs="+")
    ap.add_argument("--models", nargs="+", required=True)
    ap.add_argument("--heldout", required=True, help="comma-separated held-out font names")
    ap.add_argument("--seen", default="", help="comma-separated trained-on font names")
    ap.add_argument("--target", type=float, default=99.5,
                    help="digit accuracy (%%) a held-out font must reach in every condition")
    ap.add_argument("--note", action="append", default=[])
    args = ap.parse_args()
    heldout = args.heldout.split(",")
    wanted = set(heldout) | set(filter(None, args.seen.split(",")))
    folders = sorted(d for e in args.eval_dirs for d in glob.glob(os.path.join(e, "*"))
                     if os.path.isdir(d))
    results = {}
    for folder in folders:
        font, cond = os.path.basename(folder).rsplit("_", 1)
        font = font.replace("_", " ")
        if font not in wanted:  # an earlier run's font, no longer on the lists
            continue
        for model in args.models:
            s, confusions = results.setdefault((font, cond, model),
                                               (collections.Counter(), collections.Counter()))
            folder_s, folder_confusions = score_folder(folder, model)
            s.update(folder_s)
            confusions.update(folder_confusions)
    fonts = sorted({k[0] for k in results}, key=lambda f: (f not in heldout, f))
    conds = [c for c in ("clean", "noisy", "bw") if any(k[1] == c for k in results)]
    m0, others = args.models[0], args.models[1:]
    out = sys.stdout
    for line in args.note:
        out.write(line + "\n")
    write_target_summary(out, results, [f for f in fonts if f in heldout], conds, m0, args.target)
    out.write("\n## Per font and condition\n\n")
    head = ["font", "held out", "condition", "lines", "digits"]
    for m in args.models:
        head.append("digit acc. `%s`" % m)
    for m in args.models:
        head.append("numbers exact `%s`" % m)
    for m in args.models:
        head.append("lines exact `%s`" % m)
    out.write("| " + " | ".join(head) + " |\n|" + " --- |" * len(head) + "\n")
    for font in fonts:
        for cond in conds:
            if (font, cond, m0) not in results:
                continue
            row = [font, "yes" if font in heldout else "no (trained on)", cond]
            s0 = results[(font, cond, m0)][0]
            row += [str(s0["lines"]), str(s0["digits"])]
            for m in args.models:
                s = results[(font, cond, m)][0]
                row.append(pct(s["digits"] - s["digit_errors"], s["digits"]))
            for m in args.models:
                s = results[(font, cond, m)][0]
                row.append(pct(s["numbers_exact"], s["numbers"]))
            for m in args.models:
                s = results[(font, cond, m)][0]
                row.append(pct(s["lines_exact"], s["lines"]))
            out.write("| " + " | ".join(row) + " |\n")
    out.write("\n## Totals\n\n")
    head = ["fonts", "condition", "digits"] + ["digit acc. `%s`" % m for m in args.models] + \
        ["numbers exact `%s`" % m for m in args.models] + ["char. error rate `%s`" % m for m in args.models]
    out.write("| " + " | ".join(head) + " |\n|" + " --- |" * len(head) + "\n")
    for group, members in (("held out", [f for f in fonts if f in heldout]),
                           ("trained on", [f for f in fonts if f not in heldout])):
        if not members:
            continue
        for cond in conds + ["all"]:
            tot = {m: collections.Counter() for m in args.models}
            for (font, c, m), (s, _) in results.items():
                if font in members and (cond == "all" or c == cond):
                    tot[m].update(s)
            row = [group, cond, str(tot[m0]["digits"])]
            row += [pct(tot[m]["digits"] - tot[m]["digit_errors"], tot[m]["digits"]) for m in args.models]
            row += [pct(tot[m]["numbers_exact"], tot[m]["numbers"]) for m in args.models]
            row += [pct(tot[m]["char_errors"], tot[m]["chars"]) for m in args.models]
            out.write("| " + " | ".join(row) + " |\n")
    conf = collections.Counter()
    for (font, c, m), (_, cf) in results.items():
        if m == m0 and font in heldout:
            conf.update(cf)
    out.write("\n## Most frequent digit errors of `%s` on held-out fonts (truth → output)\n\n" % m0)
    if not conf:
        out.write("none\n")
    for (a, b), n in conf.most_common(15):
        out.write("- `%s` → `%s`: %d\n" % (a or "(nothing)", b or "(nothing)", n))


if __name__ == "__main__":
    main()
