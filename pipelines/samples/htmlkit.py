"""Shared helpers for the sample generators: Thai digits, HTML tables, truth files, soffice."""

import html
import os
import re
import subprocess
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def th(text):
    """Arabic digits -> Thai digits."""
    return "".join(THAI_DIGITS[int(c)] if "0" <= c <= "9" else c for c in str(text))


def ascii_digits(text):
    return "".join(str(THAI_DIGITS.index(c)) if c in THAI_DIGITS else c for c in text)


def canon(text):
    """Canonical truth form: NFC, ASCII digits, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", ascii_digits(text or ""))
    return re.sub(r"\s+", " ", text).strip()


def esc(text):
    return html.escape(text, quote=False)


def page_css(font="Laksaman", body_pt=16, table_pt=12, landscape=False):
    size = "29.7cm 21cm" if landscape else "21cm 29.7cm"
    return (
        "@page { size: %s; margin: 2cm 2cm 2cm 2.5cm; }\n"
        "body, p { font-family: '%s'; font-size: %dpt; }\n"
        "td, th { font-family: '%s'; font-size: %dpt; vertical-align: top; }\n"
        % (size, font, body_pt, font, table_pt)
    )


def document(body, font="Laksaman", body_pt=16, table_pt=12):
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>\n%s</style></head>\n'
        "<body>\n%s\n</body></html>\n" % (page_css(font, body_pt, table_pt), body)
    )


def para(text, align=None, bold=False, page_break=False, raw=False):
    attrs = []
    if align:
        attrs.append('align="%s"' % align)
    if page_break:
        attrs.append('style="page-break-before: always"')
    inner = text if raw else esc(text)
    if bold:
        inner = "<b>%s</b>" % inner
    return "<p %s>%s</p>" % (" ".join(attrs), inner)


def page_break():
    return '<p style="page-break-before: always"></p>'


def cell(text, tag="td", rowspan=1, colspan=1, align=None, raw=False, size=None):
    """One cell; text lines separated by '\\n' become <br> (an explicit line break); size
    (points) overrides the table font size (inline CSS is the one form the import honours)."""
    attrs = ' style="font-size: %dpt"' % size if size else ""
    if rowspan > 1:
        attrs += " rowspan=%d" % rowspan
    if colspan > 1:
        attrs += " colspan=%d" % colspan
    if align:
        attrs += ' align="%s"' % align
    body = text if raw else "<br>".join(esc(x) for x in text.split("\n"))
    return "<%s%s>%s</%s>" % (tag, attrs, body, tag)


def _span(cell_html, name):
    m = re.match(r"<t[dh][^>]*\b%s=(\d+)" % name, cell_html)
    return int(m.group(1)) if m else 1


def _with_widths(rows, widths):
    """Puts width="N%" on every cell (the sum over the columns it spans), walking the grid
    with row and column spans: the HTML import ignores <col> widths and sizes columns from
    the cells."""
    busy = {}  # column -> rows still covered by a rowspan from above
    out = []
    for r in rows:
        col, cells = 0, []
        for c in r:
            while busy.get(col, 0) > 0:
                col += 1
            span, down = _span(c, "colspan"), _span(c, "rowspan")
            w = sum(widths[col:col + span])
            cells.append(re.sub(r"^<(td|th)", r'<\1 width="%d%%"' % w, c))
            for k in range(col, col + span):
                busy[k] = down
            col += span
        busy = {k: v - 1 for k, v in busy.items() if v > 1}
        out.append(cells)
    return out


def table(rows, widths=None, border=1):
    """rows: lists of ready-made cell strings; widths: percent of the table per column."""
    out = ['<table border=%d cellspacing=0 cellpadding=3 width="100%%">' % border]
    for r in _with_widths(rows, widths) if widths else rows:
        out.append("<tr>" + "".join(r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def write_truth(path, fields, indicators, measures, comment=None):
    """fields: list of (name, value); indicators: list of (no, score str); measures: lists."""
    lines = []
    if comment:
        lines += ["# " + c for c in comment.split("\n")]
    for name, value in fields:
        lines.append("field\t%s\t%s" % (name, canon(value)))
    for no, score in indicators:
        lines.append("indicator\t%d\t%s" % (no, score))
    for m in measures:
        lines.append("measure\t" + "\t".join(canon(x) for x in m))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def soffice(profile_dir, args):
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.abspath(profile_dir),
                    "--headless"] + args, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def to_pdf(html_path, out_dir, profile_dir, keep_tables=True):
    """HTML -> PDF with LibreOffice's StarWriter HTML filter; returns the PDF path.

    Goes through a flat ODT so that table rows can be kept whole (a row never breaks across
    pages; the HTML import ignores CSS page-break-inside): tables split over pages only where
    a block ends, and a row taller than a page still breaks."""
    work = os.path.dirname(os.path.abspath(html_path))
    base = os.path.splitext(os.path.basename(html_path))[0]
    soffice(profile_dir, ["--infilter=HTML (StarWriter)", "--convert-to", "fodt", "--outdir",
                          work, html_path])
    fodt = os.path.join(work, base + ".fodt")
    with open(fodt, encoding="utf-8") as f:
        text = f.read()
    with open(fodt, "w", encoding="utf-8") as f:
        text = text.replace('fo:keep-together="auto"', 'fo:keep-together="always"')
        if keep_tables:
            text = text.replace("<style:table-properties ",
                                '<style:table-properties style:may-break-between-rows="false" ')
        f.write(text)
    soffice(profile_dir, ["--convert-to", "pdf", "--outdir", out_dir, fodt])
    return os.path.join(out_dir, base + ".pdf")


def round_half_up(x, places=2):
    """Round half-up on a value known to exact hundredths-of-hundredths (use integers)."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-places)
    return str(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def round_fraction(fr):
    """A fractions.Fraction rounded half-up to two places, as a string ('60.73')."""
    import math
    from fractions import Fraction
    cents = math.floor(fr * 100 + Fraction(1, 2))
    return "%d.%02d" % (cents // 100, cents % 100)
