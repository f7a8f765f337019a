#!/usr/bin/env python3
"""Writes lines of numbers as they appear in Thai ITA reports, for training or testing the
"thnum" OCR model. Every line uses only the model's charset (see CHARSET below).

  make_text.py --seed 1 --lines 3000 --out train.txt            one line per output line
  make_text.py --seed 7 --lines 80 --max-tokens 3 --out test.txt
  make_text.py --seed 5 --lines 4000 --lone-digits 0.15 --out train5.txt

--lone-digits S makes a share S of the lines one or two digits alone, as in "รอบ ๖ เดือน" or
an item number: the other generators rarely write them (0 gives the lines of earlier runs).

The same seed always gives the same lines (Python's random with a fixed seed).
"""
import argparse
import random

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
LETTERS = "ABCDEFIOT"
CHARSET = THAI_DIGITS + "0123456789" + ".,-/%:()" + LETTERS + " "


class Gen:
    def __init__(self, rng, ascii_share):
        self.rng = rng
        self.ascii_share = ascii_share
        self.thai = True

    def digits(self, text):
        """Writes ASCII digits of text in the current token's digit system."""
        if not self.thai:
            return text
        return "".join(THAI_DIGITS[int(c)] if c.isdigit() else c for c in text)

    def num(self, lo, hi):
        return self.digits(str(self.rng.randint(lo, hi)))

    def score(self):
        r = self.rng.random()
        if r < 0.08:
            v = "100.00"
        elif r < 0.7:
            v = "%d.%02d" % (self.rng.randint(40, 99), self.rng.randint(0, 99))
        elif r < 0.85:
            v = "%d.%02d" % (self.rng.randint(0, 39), self.rng.randint(0, 99))
        else:
            v = "%d.%d" % (self.rng.randint(0, 100), self.rng.randint(0, 9))
        return self.digits(v)

    def year(self):
        return self.num(2540, 2575) if self.rng.random() < 0.85 else self.num(1990, 2030)

    def year_range(self):
        a = self.rng.randint(2550, 2570)
        return self.digits("%d-%d" % (a, a + self.rng.randint(1, 5)))

    def date(self):
        d, m = self.rng.randint(1, 31), self.rng.randint(1, 12)
        fmt = self.rng.choice(["%02d/%02d/%d", "%d/%d/%d", "%d/%02d/%d"])
        y = self.rng.randint(2555, 2570) if self.rng.random() < 0.8 else self.rng.randint(2015, 2030)
        if self.rng.random() < 0.15:
            y %= 100
        return self.digits(fmt % (d, m, y))

    def percent(self):
        r = self.rng.random()
        if r < 0.4:
            v = "%d%%" % self.rng.randint(0, 100)
        elif r < 0.8:
            v = "%d.%02d%%" % (self.rng.randint(0, 99), self.rng.randint(0, 99))
        else:
            v = "%d.%d %%" % (self.rng.randint(0, 99), self.rng.randint(0, 9))
        return self.digits(v)

    def amount(self):
        n = self.rng.choice([self.rng.randint(1000, 9999), self.rng.randint(10000, 999999),
                             self.rng.randint(1000000, 999999999), self.rng.randint(0, 999)])
        v = "{:,}".format(n)
        if self.rng.random() < 0.6:
            v += ".%02d" % self.rng.randint(0, 99)
        return self.digits(v)

    def code(self):
        r = self.rng.random()
        if r < 0.6:
            letter = self.rng.choice("OEI")
            v = letter + (self.digits("%d" % self.rng.randint(1, 40)) if self.rng.random() < 0.5
                          else self.digits("%02d" % self.rng.randint(1, 40)))
        elif r < 0.8:
            v = self.rng.choice(["IIT", "EIT", "OIT", "ITA"])
        else:
            v = self.rng.choice(["O", "E", "I"]) + self.digits("%d.%d" % (
                self.rng.randint(1, 40), self.rng.randint(1, 9)))
        return v

    def list_number(self):
        r = self.rng.random()
        if r < 0.3:
            return "(" + self.num(1, 20) + ")"
        if r < 0.6:
            parts = [str(self.rng.randint(1, 12)) for _ in range(self.rng.randint(2, 4))]
            return self.digits(".".join(parts))
        if r < 0.8:
            return self.num(1, 30) + "."
        return self.num(1, 30) + ")"

    def grade(self):
        return self.rng.choice(["AA", "A", "B", "C", "D", "E", "F", "AA", "A"])

    def integer(self):
        return self.num(0, self.rng.choice([9, 99, 999, 9999]))

    def ratio(self):
        total = self.rng.choice([30, 40, 100, 10, 20, 5])
        v = "%d.%02d/%d" % (self.rng.randint(0, total - 1), self.rng.randint(0, 99), total)
        if self.rng.random() < 0.4:
            v = "%d/%d" % (self.rng.randint(0, total), total)
        return self.digits(v)

    def time(self):
        return self.digits("%02d:%02d" % (self.rng.randint(0, 23), self.rng.randint(0, 59)))

    def signed(self):
        sign = self.rng.choice(["-", "("])
        v = "%d.%02d" % (self.rng.randint(0, 30), self.rng.randint(0, 99))
        return "-" + self.digits(v) if sign == "-" else "(" + self.digits(v) + ")"

    def dash(self):
        return self.rng.choice(["-", "--", "0", "๐"])

    KINDS = [("score", 30), ("year", 8), ("year_range", 6), ("date", 8), ("percent", 8),
             ("amount", 9), ("code", 8), ("list_number", 7), ("grade", 4), ("integer", 7),
             ("ratio", 4), ("time", 2), ("signed", 2), ("dash", 1)]

    def token(self):
        self.thai = self.rng.random() >= self.ascii_share
        names, weights = zip(*self.KINDS)
        return getattr(self, self.rng.choices(names, weights)[0])()

    def lone(self):
        self.thai = self.rng.random() >= self.ascii_share
        return self.num(0, 9) if self.rng.random() < 0.7 else self.num(10, 99)

    def line(self, max_tokens):
        n = self.rng.randint(1, max_tokens)
        line_thai = self.rng.random() >= self.ascii_share
        tokens = []
        for _ in range(n):
            # Most lines keep one digit system, as real report cells do; some mix them.
            share = self.ascii_share if self.rng.random() < 0.3 else (0.0 if line_thai else 1.0)
            saved, self.ascii_share = self.ascii_share, share
            tokens.append(self.token())
            self.ascii_share = saved
        return " ".join(tokens)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--lines", type=int, required=True)
    ap.add_argument("--max-tokens", type=int, default=6)
    ap.add_argument("--ascii-share", type=float, default=0.4)
    ap.add_argument("--lone-digits", type=float, default=0.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    gen = Gen(random.Random(args.seed), args.ascii_share)
    with open(args.out, "w", encoding="utf-8") as f:
        for _ in range(args.lines):
            if args.lone_digits and gen.rng.random() < args.lone_digits:
                text = gen.lone()
            else:
                text = gen.line(args.max_tokens)
            assert all(c in CHARSET for c in text), text
            f.write(text + "\n")


if __name__ == "__main__":
    main()
