#!/usr/bin/env python3
"""check_outputs.py KIND ...: checks of `itapipe compare` and `itapipe report` outputs for
compare_cli.sh; exits 1 with the failed check named.

  check_outputs.py csv DIR          the filtered tables of the synthetic store
  check_outputs.py xlsx FILE        the workbook: sheets, frozen headers, font, formats, keys
  check_outputs.py dom FILE NAME    the DOM Chromium dumped: trend charts, NAME's among them
"""
import csv
import io
import re
import sys
import zipfile

TABLES = ["changes", "ranking", "provinces", "measures_status", "agencies", "conflicts"]


def check(ok, what):
    if not ok:
        sys.exit("check failed: " + what)


def read_table(folder, name):
    raw = open(f"{folder}/{name}.csv", "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{name}.csv starts with a BOM")
    check(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), f"{name}.csv ends lines CRLF")
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def check_csv(folder):
    tables = {name: read_table(folder, name) for name in TABLES}
    ranking = tables["ranking"]
    check(len(ranking) > 0, "ranking has rows")
    check(all(r["province"] == "กระบี่" for r in ranking), "ranking keeps only --province")
    check({r["fiscal_year"] for r in ranking} == {"2564", "2565", "2566"}, "ranking keeps --years")
    check(all(r["agencies_national"] == "160" for r in ranking), "ranks are national")
    across = [r for r in tables["changes"] if r["year_from"] == "2565" and r["year_to"] == "2566"]
    check(across and all(r["comparable"] == "no" and r["delta"] == "" for r in across),
          "no delta across the 2565/2566 change of method")
    within = [r for r in tables["changes"] if r["year_to"] == "2565" and r["measure"] == "total"]
    check(within and all(r["comparable"] == "yes" and r["delta"] for r in within),
          "deltas within one method")
    check(all(r["methodology"] for t in tables.values() for r in t), "every row names its method")


def check_xlsx(path):
    book = zipfile.ZipFile(path)
    workbook = book.read("xl/workbook.xml").decode()
    check(re.findall(r'<sheet name="([^"]+)"', workbook) == TABLES, "one sheet per table, in order")
    sheet = book.read("xl/worksheets/sheet2.xml").decode()
    check('ySplit="1"' in sheet and 'state="frozen"' in sheet, "header row frozen")
    styles = book.read("xl/styles.xml").decode()
    check('val="Tahoma"' in styles, "Thai-capable font")
    check('formatCode="0.00"' in styles, "scores formatted 0.00")
    key = re.search(r'<c [^>]*t="inlineStr"[^>]*><is><t>1234567890123456</t>', sheet)
    check(key is not None, "an all-digit report_id stays text")


def check_dom(path, name):
    dom = open(path, encoding="utf-8").read()
    check(len(re.findall(r'<svg class="trend"', dom)) >= 3, "a trend chart per agency")
    section = re.search(r'<section class="agency card"[^>]*><h3>' + re.escape(name) + r".*?</section>",
                        dom, re.S)
    check(section is not None and '<svg class="trend"' in section.group(0), f"{name} has a trend")
    check(section.group(0).count("<path") >= 2, "the trend draws lines")
    check(re.search(r'(src|href)="(https?:)?//', dom) is None, "nothing loaded from the network")


if __name__ == "__main__":
    {"csv": check_csv, "xlsx": check_xlsx, "dom": check_dom}[sys.argv[1]](*sys.argv[2:])
