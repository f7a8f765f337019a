"""Score layouts of the broadened draw (draw.py): the shapes real reports give their ten scores.

Each layout takes the report plan p (generate.plan) and the document's rng and returns HTML
parts. What varies, so that rules meet what nobody wrote them for: column widths narrow enough
to wrap an indicator name inside its cell; header cells of one to three lines in small type;
tables with and without rulings; transposed tables (indicators as columns); tables split over
two pages with the header repeated; scores stated only in sentences.
"""

import layouts
from htmlkit import cell, page_break, para, table

# Header texts of one to three lines (a cell of a real report breaks where its author did).
NAME_HEADS = [["ตัวชี้วัด"], ["ตัวชี้วัด", "การประเมิน"], ["ตัวชี้วัดการประเมิน", "คุณธรรมและความโปร่งใส", "(ITA)"],
              ["ประเด็นการประเมิน"], ["ตัวชี้วัดที่", "ประเมิน"]]
SCORE_HEADS = [["คะแนน"], ["คะแนน", "ที่ได้"], ["ผลคะแนน", "ที่ได้รับ", "(ร้อยละ)"], ["ผลการ", "ประเมิน"],
               ["คะแนน", "(เต็ม ๑๐๐)"]]
TOOL_HEADS = [["เครื่องมือ"], ["เครื่องมือ", "การประเมิน"], ["แบบ", "วัด"]]
NO_HEADS = [["ที่"], ["ลำดับ"], ["ลำดับ", "ที่"]]
NOTE_HEADS = [["หมายเหตุ"], ["ข้อสังเกต"], ["ผลการ", "วิเคราะห์"]]
NOTES = ["จุดแข็ง", "ควรพัฒนา", "รักษาระดับ", "-", "ควรปรับปรุง"]

PROSE = ["ตัวชี้วัดที่ {n} {name} ได้ {s} คะแนน", "ตัวชี้วัดที่ {n} {name} ได้คะแนน {s}",
         "ตัวชี้วัดที่ {n} {name} มีคะแนนเท่ากับ {s} คะแนน", "ตัวชี้วัดที่ {n} ด้าน{name} ได้ {s} คะแนน",
         "ตัวชี้วัดที่ {n} {name} ผลคะแนน {s} คะแนน"]


def present(p):
    return [(tool, n) for tool, nos in layouts.tools(p).items() for n in nos if n != p["missing"]]


def head(lines, pt, **kw):
    return cell("\n".join(lines), tag="th", size=pt, **kw)


def label(p, n, style):
    d = p["digits"]
    return {"numbered": "ตัวชี้วัดที่ %s %s" % (d(n), layouts.name(p, n)),
            "dotted": "%s. %s" % (d(n), layouts.name(p, n)),
            "bare": layouts.name(p, n)}[style]


def widths(columns, name_share):
    """Column widths in percent: the name column gets name_share, the rest share what is left
    (a number column stays narrow)."""
    rest = [c for c in columns if c != "name"]
    weights = {"no": 0.4, "tool": 1.0, "score": 1.0, "note": 1.2}
    total = sum(weights[c] for c in rest)
    out = [name_share if c == "name" else (100 - name_share) * weights[c] / total
           for c in columns]
    return [max(4, int(round(w))) for w in out]


def score_table(p, rng):
    """A vertical score table: one row per indicator, 2-5 columns, ruled or borderless,
    sometimes grouped by tool, sometimes split over two pages."""
    d, cfg = p["digits"], p["draw"]
    columns = (["no"] if cfg["no_column"] else []) + ["name"] + \
        (["tool"] if cfg["tool_column"] else []) + ["score"] + (["note"] if cfg["note_column"] else [])
    pt = cfg["header_pt"]
    heads = {"no": NO_HEADS, "name": NAME_HEADS, "tool": TOOL_HEADS, "score": SCORE_HEADS,
             "note": NOTE_HEADS}
    header = [head(rng.choice(heads[c]), pt) for c in columns]
    style = "bare" if cfg["no_column"] else rng.choice(["numbered", "dotted", "bare", "dotted"])
    rows, groups = [], []
    for tool, n in present(p):
        if cfg["tool_rows"] and (not groups or groups[-1] != tool):
            groups.append(tool)
            rows.append([cell(layouts.TOOL_TITLES[tool], colspan=len(columns))])
        values = {"no": cell(d(n), align="center"), "name": cell(label(p, n, style)),
                  "tool": cell(tool, align="center"), "score": cell(layouts.score(p, n), align="center"),
                  "note": cell(rng.choice(NOTES))}
        rows.append([values[c] for c in columns])
    w = widths(columns, cfg["name_share"])
    border = 0 if cfg["borderless"] else 1
    if not cfg["split"] or len(rows) < 4:
        return [table([header] + rows, widths=w, border=border)]
    k = rng.randint(2, len(rows) - 2)
    again = [head(c_lines, pt) for c_lines in [rng.choice(heads[c]) for c in columns]]
    return [table([header] + rows[:k], widths=w, border=border), page_break(),
            para(rng.choice(["(ต่อ)", "ตารางผลคะแนน (ต่อ)", ""])),
            table([again] + rows[k:], widths=w, border=border)]


def transposed(p, rng):
    """Indicators as columns: numbers (with a legend) or names in narrow cells; one table, or
    one per tool."""
    d, cfg = p["digits"], p["draw"]
    names_in_head = rng.random() < 0.5
    pt = cfg["header_pt"]

    def block(items):
        top = [head(["ตัวชี้วัด"] if names_in_head else ["ตัวชี้วัดที่"], pt)]
        top += [head([label(p, n, "dotted")] if names_in_head else [d(n)], pt) for _, n in items]
        vals = [cell(rng.choice(["คะแนน", "ผลคะแนน", "คะแนนที่ได้"]))]
        vals += [cell(layouts.score(p, n), align="center") for _, n in items]
        first = 16 if names_in_head else 14
        w = [first] + [(100 - first) // len(items)] * len(items)
        return table([top, vals], widths=w, border=0 if cfg["borderless"] else 1)

    items = present(p)
    if rng.random() < 0.5:
        parts = [block(items)]
    else:
        parts = []
        for tool in layouts.tools(p):
            mine = [(t, n) for t, n in items if t == tool]
            if mine:
                parts += [para(layouts.TOOL_TITLES[tool]), block(mine)]
    if not names_in_head:
        parts += [para("%s = %s" % (d(n), layouts.name(p, n))) for _, n in items]
    return parts


def prose(p, rng):
    """Scores only in sentences: one paragraph per indicator, or one per tool."""
    d = p["digits"]
    form = rng.choice(PROSE)
    sentences = [(tool, form.format(n=d(n), name=layouts.name(p, n), s=layouts.score(p, n)))
                 for tool, n in present(p)]
    if rng.random() < 0.5:
        return [para(s) for _, s in sentences]
    out = []
    for tool in layouts.tools(p):
        mine = [s for t, s in sentences if t == tool]
        if mine:
            out.append(para("ด้าน %s พบว่า %s" % (tool, " และ".join(mine))))
    return out


SCORE_LAYOUTS = {"table": score_table, "transposed": transposed, "prose": prose}


def summary_box(p, rng):
    """Total and grade in a small table instead of (or beside) the result sentence."""
    d = p["digits"]
    level = rng.choice(["ระดับผลการประเมิน", "ผลการประเมิน"])
    rows = [[head(["คะแนนรวม"], p["draw"]["header_pt"]), head([level], p["draw"]["header_pt"])],
            [cell(d(p["total"]), align="center"), cell(p["grade"], align="center")]]
    return [table(rows, widths=[50, 50], border=0 if p["draw"]["borderless"] else 1)]


def draw_config(rng):
    """The layout choices of one drawn report."""
    return dict(
        score_layout=rng.choice(["table", "table", "table", "transposed", "prose", "prose"]),
        borderless=rng.random() < 0.35, header_pt=rng.choice([9, 10, 10, 11, 12]),
        name_share=rng.choice([14, 18, 22, 26, 32, 45, 60]), no_column=rng.random() < 0.3,
        tool_column=rng.random() < 0.3, note_column=rng.random() < 0.25,
        tool_rows=rng.random() < 0.3, split=rng.random() < 0.3,
        result=rng.choice(["sentence", "sentence", "box", "both"]),
        body_pt=rng.choice([14, 15, 16, 16]), table_pt=rng.choice([10, 11, 12, 12, 14]),
        measure_border=0 if rng.random() < 0.25 else 1,
        measure_scale=[rng.uniform(0.6, 1.4) for _ in range(10)],
        lowest_prose=rng.random() < 0.5, measure_header_pt=rng.choice([None, None, 9, 10, 11]))


def body(p, rng, improvement_section):
    """The whole report: cover, foreword, results (total, grade, scores), measure tables."""
    cfg = p["draw"]
    parts = layouts.cover(p, rng) + layouts.intro(p, rng)
    parts.append(para("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                      "ประจำปีงบประมาณ พ.ศ. %s" % p["digits"](p["year"]), bold=True, page_break=True))
    if cfg["result"] in ("sentence", "both"):
        parts.append(para(layouts.result_sentence(p)))
    if cfg["result"] in ("box", "both"):
        parts += summary_box(p, rng)
    parts += SCORE_LAYOUTS[cfg["score_layout"]](p, rng)
    if p["weighted_table"] and not p["missing"]:
        parts += layouts.weighted_table(p)
    if cfg["lowest_prose"]:
        parts += layouts.lowest_prose(p)
    tables_html, measures = improvement_section(p, rng)
    return "\n".join(parts + tables_html), measures

