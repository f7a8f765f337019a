"""The ITA methodology as models/methodology/*.tsv states it, for the sample generators.

The generators print grades, weights and indicator names; they read them here from the one
place the pipeline reads them too (src/extract/methodology_file.cc), so the two cannot
disagree. The grade rule is the one of src/extract/checks.h (DeriveGrade).
"""

import glob
import os
from fractions import Fraction

MODELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "models",
                      "methodology")


class Methodology:
    """One file: a range of fiscal years."""

    def __init__(self, path):
        self.weights = {}      # tool -> Fraction (exact, so totals round as the ITA system's)
        self.indicators = {}   # number -> (tool, [canonical name, other spellings...])
        self.grades = []       # [label, lowest total, highest total (exclusive), {tool: min}]
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if not f[0] or f[0].startswith("#"):
                continue
            if f[0] == "years":
                self.first, self.last = int(f[1]), int(f[2])
            elif f[0] == "grade_kind":
                self.letters = f[1] == "letter"
            elif f[0] == "weight":
                self.weights[f[1]] = Fraction(f[2])
            elif f[0] == "indicator":
                self.indicators[int(f[1])] = (f[2], f[3:])
            elif f[0] == "grade":
                self.grades.append([f[1], Fraction(f[2]), Fraction(f[3]), {}])
            elif f[0] == "grade_tool_minimum":
                next(g for g in self.grades if g[0] == f[1])[3][f[2]] = Fraction(f[3])

    def tools(self):
        """tool -> its indicator numbers, in weight order (IIT, EIT, OIT)."""
        return {t: tuple(n for n, (tool, _) in sorted(self.indicators.items()) if tool == t)
                for t in self.weights}

    def name(self, n):
        return self.indicators[n][1][0]

    def spellings(self, n):
        return self.indicators[n][1]

    def labels(self):
        return [g[0] for g in self.grades]

    def grade(self, total, tool_scores):
        """The first grade whose total range holds total and whose tool minimums the tool
        scores (tool -> 0-100, every tool) meet."""
        for label, low, high, minimums in self.grades:
            if low <= total < high and all(tool_scores[t] >= m for t, m in minimums.items()):
                return label
        raise ValueError("no grade for %s" % total)


def load():
    """Every methodology, by first year."""
    files = sorted(glob.glob(os.path.join(MODELS, "*.tsv")))
    return sorted((Methodology(f) for f in files), key=lambda m: m.first)


ALL = load()


def of_year(year):
    return next(m for m in ALL if m.first <= year <= m.last)


def years():
    """Every fiscal year the methodology covers."""
    return [y for m in ALL for y in range(m.first, m.last + 1)]
