#!/usr/bin/env python3
"""A synthetic itapipe store: AGENCIES agencies x the fiscal years FIRST-LAST, for bench/compare.sh
and the compare CLI test.

  make_store.py ITAPIPE STORE AGENCIES FIRST-LAST [--duplicates SHARE]

The schema is itapipe's own: `itapipe extract` of one empty file creates the store (its one
failed row is ignored by compare); rows are then inserted by column name. Every agency-year gets
a total, the three tools, ten indicators and five measures with their text (so the store is as
heavy as a real one); a share of agency-years get a second, corrected document. Deterministic.
"""
import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

TYPES = [("องค์การบริหารส่วนตำบล", "sao", 0.62), ("เทศบาลตำบล", "subdistrict_municipality", 0.28),
         ("เทศบาลเมือง", "town_municipality", 0.05), ("เทศบาลนคร", "city_municipality", 0.01),
         ("องค์การบริหารส่วนจังหวัด", "pao", 0.04)]
SYLLABLES = ["บ้าน", "หนอง", "นา", "โคก", "ดอน", "ท่า", "วัง", "ทุ่ง", "ห้วย", "บึง", "สระ", "คลอง",
             "แม่", "ป่า", "เขา", "ไผ่", "แก้ว", "ทอง", "ใหม่", "เหนือ", "ใต้", "กลาง", "ยาง", "โพธิ์"]
STATUSES = ["done", "done", "in_progress", "not_done", "unknown"]
LETTERS = [(95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E"), (0, "F")]
LABELS = [(95, "ผ่านดีเยี่ยม"), (85, "ผ่าน"), (70, "ต้องปรับปรุง"), (0, "ต้องปรับปรุงโดยด่วน")]
TEXT = "จัดทำคำสั่งมอบหมายงานและเผยแพร่ข้อมูลข่าวสารให้ประชาชนทราบอย่างทั่วถึงทุกช่องทาง " * 2


def name_of(index):
    parts = []
    n = index
    while True:
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
        if n == 0:
            break
    return "".join(parts)


def grade(year, total):
    for floor, label in (LETTERS if year <= 2565 else LABELS):
        if total >= floor:
            return label
    return ""


def create_schema(itapipe, store):
    empty = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    empty.close()
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([itapipe, "extract", empty.name, "--store", store, "--out", out, "--quiet"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.unlink(empty.name)


def agency_rows(rng, index, provinces):
    r = rng.random()
    for prefix, code, share in TYPES:
        if r < share:
            break
        r -= share
    province = provinces[index % len(provinces)]
    return prefix + name_of(index), code, "เมือง" + name_of(index // 7), province


def report(rng, index, agency, year, copy):
    name, code, district, province = agency
    ids = [round(rng.uniform(40, 100), 2) for _ in range(10)]
    iit, eit, oit = sum(ids[:5]) / 5, sum(ids[5:8]) / 3, sum(ids[8:]) / 2
    total = round(0.3 * iit + 0.3 * eit + 0.4 * oit, 2)
    digest = hashlib.sha256(f"{index}-{year}-{copy}".encode()).hexdigest()[:16]
    report_id = "1234567890123456" if (index, copy, year % 10) == (0, 0, 1) else digest
    row = (report_id, f"reports/{index}-{year}.pdf", name, code, district, province, year, total,
           grade(year, total), round(iit, 2), round(eit, 2), round(oit, 2), 12, 0, "ok")
    tools = ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2
    source = row[1]
    indicators = [(report_id, source, n, tools[n], n + 1, f"ตัวชี้วัดที่ {n + 1}", ids[n], 3, 0.99)
                  for n in range(10)]
    measures = [(report_id, source, m, tools[m * 2], TEXT, TEXT, TEXT, "สำนักปลัด", "ต.ค. 2565 - มี.ค. 2566",
                 rng.choice(STATUSES), TEXT, 7) for m in range(5)]
    return row, indicators, measures


def provinces_of(gazetteer):
    """The provinces of models/gazetteer/places.tsv (its second column), sorted: the same
    province for the same agency index whatever order the gazetteer lists them in."""
    provinces = []
    with open(gazetteer, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            province = line.split("\t")[1]
            if province not in provinces:
                provinces.append(province)
    return sorted(provinces)


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    itapipe, store, agencies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    first, last = (int(y) for y in sys.argv[4].split("-"))
    duplicates = float(sys.argv[6]) if len(sys.argv) > 6 and sys.argv[5] == "--duplicates" else 0.01
    here = os.path.dirname(os.path.abspath(__file__))
    provinces = provinces_of(os.path.join(here, "..", "models", "gazetteer", "places.tsv"))
    if os.path.exists(store):
        os.unlink(store)
    create_schema(itapipe, store)
    rng = random.Random(17)
    db = sqlite3.connect(store)
    for index in range(agencies):
        agency = agency_rows(rng, index, provinces)
        for year in range(first, last + 1):
            copies = 2 if rng.random() < duplicates else 1
            for copy in range(copies):
                row, indicators, measures = report(rng, index, agency, year, copy)
                db.execute("INSERT INTO reports (report_id, source_file, agency_name, agency_type, "
                           "district, province, fiscal_year, total_score, grade, iit_score, "
                           "eit_score, oit_score, pages, ocr_pages, status) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                db.executemany("INSERT INTO indicators (report_id, source_file, seq, tool, indicator_no, "
                               "indicator_name, score, page, confidence) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators)
                db.executemany("INSERT INTO measures (report_id, source_file, seq, tool, issue, "
                               "approach, measure, owner, period, status, result, page) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", measures)
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
