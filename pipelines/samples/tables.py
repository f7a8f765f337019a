"""Improvement (plan) tables with marks and progress tables with text statuses."""

import content
import places
from htmlkit import cell, page_break, para, table

MARKS = ["✓", "√", "✔"]
PLAN_SUBS = {2: ["ดำเนินการแล้ว", "ยังไม่ดำเนินการ"],
             3: ["อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", "ยังไม่ดำเนินการ"]}
SUB_STATUS = {"อยู่ระหว่างดำเนินการ": "in_progress", "ดำเนินการแล้ว": "done",
              "ยังไม่ดำเนินการ": "not_done"}
TITLES = {
    "IIT": "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "EIT": "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "OIT": "ตารางผลการประเมินแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
}


def rows_for(p, rng, tool, n):
    """n measure rows: dicts with issue, approach, measure, owner, status."""
    picks = rng.sample(content.ISSUES[tool], min(n, len(content.ISSUES[tool])))
    dash = rng.random() < 0.6
    out = []
    for issue, approach in picks:
        status = rng.choice(["done", "done", "done", "in_progress", "not_done", "unknown"])
        out.append(dict(issue=p["digits"](issue), approach=("- " if dash else "") + approach,
                        measure=rng.choice(content.MEASURES), owner=rng.choice(places.UNITS),
                        status=status))
    return out


def split(rows, rng):
    """Blocks of rows; a table of 3+ rows is sometimes split with its header repeated."""
    if len(rows) >= 3 and rng.random() < 0.5:
        k = rng.randint(1, len(rows) - 1)
        return [rows[:k], rows[k:]]
    return [rows]


def styled(out, widths, style):
    """The table with a drawn style (draw.py: table_style in the plan): rulings or none,
    column widths scaled; without a style, as always."""
    if not style:
        return table(out, widths=widths)
    scaled = [w * f for w, f in zip(widths, style["scale"])]
    widths = [max(3, int(round(100 * w / sum(scaled)))) for w in scaled]
    return table(out, widths=widths, border=style["border"])


def plan_header(subs, size=None):
    h = lambda t, **k: cell(t, tag="th", size=size, **k)
    return [[h("ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน จากการประเมิน", rowspan=2),
             h("แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", rowspan=2), h("มาตรการ", rowspan=2),
             h("ผู้รับผิดชอบ", rowspan=2),
             h("การกำกับติดตาม รายงานความก้าวหน้าและสรุปผล ณ สิ้นปีงบประมาณ", colspan=len(subs))],
            [h(s) for s in subs]]


def plan_block(rows, subs, mark, merge_measure, style=None):
    out = plan_header(subs, (style or {}).get("header_pt"))
    for i, r in enumerate(rows):
        cells = [cell(r["issue"]), cell(r["approach"])]
        if not merge_measure:
            cells.append(cell(r["measure"]))
        elif i == 0:
            cells.append(cell(r["measure"], rowspan=len(rows)))
        cells.append(cell(r["owner"]))
        for s in subs:
            hit = SUB_STATUS[s] == r["status"]
            cells.append(cell(mark if hit else "", align="center"))
        out.append(cells)
    widths = [24, 24, 20, 12] + [20 // len(subs)] * len(subs)
    return styled(out, widths, style)


def titled(title, rng, always_break, lead=None):
    """The tool's title (after the section heading `lead`, if any), usually on a fresh page so
    that the table header is not orphaned at the foot of a page."""
    if lead:
        return [para(lead, bold=True, page_break=True), para(title, bold=True)]
    return [para(title, bold=True, page_break=always_break or rng.random() < 0.5)]


def plan_tables(p, rng, tool, title, lead=None):
    subs = PLAN_SUBS[rng.choice([2, 2, 3])]
    rows = rows_for(p, rng, tool, rng.randint(2, 4))
    for r in rows:
        if r["status"] == "in_progress" and len(subs) == 2:
            r["status"] = "done"
    mark = rng.choice(MARKS)
    merge = rng.random() < 0.4
    if merge:
        for r in rows:
            r["measure"] = rows[0]["measure"]
    parts = titled(title, rng, False, lead)
    for b, block in enumerate(split(rows, rng)):
        if b:
            parts.append(page_break())
        parts.append(plan_block(block, subs, mark, merge and len(block) == len(rows),
                                p.get("table_style")))
    measures = [[tool, r["issue"], r["approach"], r["measure"], r["owner"], "", r["status"], ""]
                for r in rows]
    return parts, measures


def period(p, rng):
    y, d = p["year"], p["digits"]
    return rng.choice([
        "%s %s -\n%s %s" % ("ต.ค.", d(y), "มี.ค.", d(y + 1)),
        "ต.ค. %s\nมี.ค. %s" % (d(y), d(y + 1)),
        "ตุลาคม %s - กันยายน %s" % (d(y), d(y + 1)),
        "%s %s" % (rng.choice(content.MONTHS_SHORT), d(y + 1)),
    ])


def result_text(p, rng, status):
    d = p["digits"]
    text = rng.choice(content.RESULTS[status])
    return text.format(n=d(rng.randint(1, 99)), y=d(p["year"] + 1),
                       d="%s %s %s" % (d(rng.randint(1, 28)), rng.choice(content.MONTHS), d(p["year"] + 1)),
                       m2=rng.choice(content.MONTHS))


def progress_block(rows, style=None):
    size = (style or {}).get("header_pt")
    h = lambda t, **k: cell(t, tag="th", size=size, **k)
    subs = PLAN_SUBS[3]
    out = [[h("ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน จากการประเมิน", rowspan=2),
            h("แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", rowspan=2), h("ผู้รับผิดชอบ", rowspan=2),
            h("ระยะเวลาดำเนินการ", rowspan=2), h("ผลการดำเนินการ", colspan=3),
            h("ข้อเสนอแนะ", rowspan=2)], [h(s) for s in subs]]
    for r in rows:
        cells = [cell(r["issue"], size=11), cell(r["approach"], size=11),
                 cell(r["owner"], size=11), cell(r["period"], size=11)]
        for s in subs:
            hit = SUB_STATUS[s] == r["status"]
            cells.append(cell(r["result"] if hit else r["empty"], size=11))
        cells.append(cell(r["suggestion"], size=11))
        out.append(cells)
    return styled(out, [16, 17, 10, 10, 13, 13, 11, 10], style)


def progress_tables(p, rng, tool, title, lead=None):
    rows = rows_for(p, rng, tool, rng.randint(2, 4))
    empty = rng.choice(["-", ""])
    for r in rows:
        r.update(period=period(p, rng), empty=empty, suggestion=rng.choice(content.SUGGESTIONS),
                 result="" if r["status"] == "unknown" else result_text(p, rng, r["status"]))
    parts = titled(title, rng, True, lead)
    for b, block in enumerate(split(rows, rng)):
        if b:
            parts.append(page_break())
        parts.append(progress_block(block, p.get("table_style")))
    measures = [[tool, r["issue"], r["approach"], "", r["owner"], r["period"], r["status"],
                 r["result"]] for r in rows]
    return parts, measures


def improvement_section(p, rng):
    d, y = p["digits"], p["year"]
    tools = ["IIT", "EIT", "OIT"] if rng.random() < 0.7 else sorted(rng.sample(["IIT", "EIT", "OIT"], 2))
    kinds = rng.choice([["plan"], ["progress"], ["plan", "progress"]])
    parts, measures = [], []
    for kind in kinds:
        head = ("การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา ในปีงบประมาณ พ.ศ. %s" % d(y + 1)
                if kind == "plan" else
                "รายงานผลการดำเนินการ รอบ %s เดือน (ตั้งแต่เดือนตุลาคม %s - เดือนมีนาคม %s)"
                % (d(6), d(y), d(y + 1)))
        for i, tool in enumerate(tools):
            title = "%s ประจำปีงบประมาณ พ.ศ. %s เพื่อปรับปรุงและพัฒนาในปีงบประมาณ พ.ศ. %s" % (
                TITLES[tool], d(y), d(y + 1))
            maker = plan_tables if kind == "plan" else progress_tables
            ps, ms = maker(p, rng, tool, title, head if i == 0 else None)
            parts += ps
            measures += ms
    return parts, measures
