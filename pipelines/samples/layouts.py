"""Cover, prose and score layouts of a synthetic report."""

import htmlkit as hk
import methodology
import tables
from htmlkit import cell, para, table

TOOL_TITLES = {
    "IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "OIT": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
}
TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
HOLD_TITLE = "รายงานผลการวิเคราะห์ข้อมูลการประเมิน ITA และแนวทางการพัฒนาหน่วยงาน"


def name(p, n):
    return p["spelling"].get(n) or methodology.of_year(p["year"]).name(n)


def tools(p):
    return methodology.of_year(p["year"]).tools()


def score(p, n):
    c = p["cents"][n]
    return p["digits"]("%d.%02d" % divmod(c, 100))


def present(p, nos):
    return [n for n in nos if n != p["missing"]]


def location_lines(p):
    d, n = p["digits"], p
    if n["kind"][1] == "pao":
        return [n["name"]]
    dist, prov = n["district"], n["province"]
    loc = {"abbrev": "อ.%s จ.%s" % (dist, prov), "two_lines": "อำเภอ%s จังหวัด%s" % (dist, prov),
           "one_line": "อำเภอ%s จังหวัด%s" % (dist, prov),
           "with_tambon": "ตำบล%s อำเภอ%s จังหวัด%s" % (n["sub"] or dist, dist, prov)}[n["cover"]]
    del d
    if n["cover"] == "one_line":
        return [n["name"] + " " + loc]
    return [n["name"], loc]


def cover(p, rng):
    y = p["digits"](p["year"])
    title = HOLD_TITLE if p["holdout"] and rng.random() < 0.5 else TITLE
    lines = [title, "ประจำปีงบประมาณ พ.ศ. %s" % y, "", ""]
    if rng.random() < 0.5:
        lines += [rng.choice(hk_persons()), "ผู้จัดทำ", ""]
    lines += location_lines(p)
    return [para(x, align="center", bold=True) for x in lines]


def hk_persons():
    import places
    return places.PERSONS


def intro(p, rng):
    d, y = p["digits"], p["year"]
    start = rng.choice([2561, y - 4])
    text = ("ตามที่ สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมินคุณธรรมและความโปร่งใส"
            "ในการดำเนินงาน และมติคณะรัฐมนตรีเมื่อวันที่ %s ตุลาคม %s ให้หน่วยงานภาครัฐจัดทำแผนปฏิบัติการ"
            "ป้องกันการทุจริต %s ปี (พ.ศ. %s - %s) %sจึงได้นำผลการประเมินประจำปีงบประมาณ พ.ศ. %s "
            "มาวิเคราะห์เพื่อกำหนดแนวทางการพัฒนาในปีงบประมาณ พ.ศ. %s"
            % (d(11), d(2559), d(4), d(start), d(start + 3), p["name"], d(y), d(y + 1)))
    out = [para("คำนำ", align="center", bold=True, page_break=True), para(text)]
    if rng.random() < 0.4:
        dist, prov = rng.choice(__import__("places").DISTRACTOR_PLACES)
        out.append(para("บุคลากรได้เข้าร่วมอบรมหลักสูตรการป้องกันการทุจริต ระหว่างวันที่ %s - %s "
                        "มกราคม %s ณ โรงแรมในพื้นที่อำเภอ%s จังหวัด%s"
                        % (d(12), d(14), d(y + 1), dist, prov)))
    return out


def result_sentence(p):
    d = p["digits"]
    total, grade = d(p["total"]), p["grade"]
    level = "อยู่ในระดับ %s" % grade if p["year"] <= 2565 else "ผลการประเมิน %s" % grade
    return {
        "mi": "ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA) ของ%s มีคะแนนรวม %s %s"
              % (p["name"], total, level),
        "phon": "%s ได้รับผลคะแนนเฉลี่ยรวม %s คะแนน %s" % (p["name"], total, level),
        "dai_ruam": "ในปีงบประมาณ พ.ศ. %s %s ได้คะแนนรวมทั้งสิ้น %s คะแนน จากคะแนนเต็ม %s คะแนน "
                    "ซึ่งผลการประเมินของหน่วยงานคือ %s"
                    % (d(p["year"]), p["name"], total, d(100), grade),
    }[p["wording"]]


def lowest_prose(p):
    out = []
    for i, (tool, nos) in enumerate(tools(p).items()):
        have = present(p, nos)
        low = min(have, key=lambda n: p["cents"][n])
        out.append(para("%s. ด้าน %s พบว่า ผลคะแนนของตัวชี้วัดที่ %s %s มีค่าต่ำสุด เท่ากับ %s คะแนน"
                        % (p["digits"](i + 1), tool, p["digits"](low), name(p, low), score(p, low))))
    return out


def score_analysis(p):
    d = p["digits"]
    rows = [[cell("ตัวชี้วัดของการประเมิน ITA", tag="th", colspan=2),
             cell("ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ", tag="th")]]
    for tool, nos in tools(p).items():
        rows.append([cell(TOOL_TITLES[tool], colspan=2), cell("")])
        have = present(p, nos)
        for i, n in enumerate(have):
            r = [cell("%s. %s" % (d(n), name(p, n))), cell(score(p, n) + " คะแนน")]
            if i == 0:
                r.append(cell("ควรพัฒนาและปรับปรุงการดำเนินการตามตัวชี้วัดที่มีคะแนนต่ำกว่าร้อยละ %s"
                              % d(90), rowspan=len(have)))
            rows.append(r)
    return [table(rows, widths=[34, 16, 50])]


def score_two_col(p):
    rows = [[cell("ตัวชี้วัด", tag="th"), cell("คะแนน", tag="th")]]
    for n in present(p, range(1, 11)):
        rows.append([cell("ตัวชี้วัดที่ %s %s" % (p["digits"](n), name(p, n))),
                     cell(score(p, n), align="center")])
    return [table(rows, widths=[75, 25])]


def score_prose(p):
    return [para("ตัวชี้วัดที่ %s %s ได้คะแนน %s คะแนน" % (p["digits"](n), name(p, n), score(p, n)))
            for n in present(p, range(1, 11))]


def score_transposed(p):
    d = p["digits"]
    have = present(p, range(1, 11))
    head = [cell("ตัวชี้วัดที่", tag="th")] + [cell(d(n), tag="th") for n in have]
    vals = [cell("คะแนน")] + [cell(score(p, n), align="center") for n in have]
    legend = [para("%s = %s" % (d(n), name(p, n))) for n in have]
    return [table([head, vals])] + legend


def score_full(p):
    rows = [[cell(x, tag="th") for x in ("ตัวชี้วัด", "เครื่องมือ", "คะแนนเต็ม", "คะแนนที่ได้")]]
    for tool, nos in tools(p).items():
        for n in present(p, nos):
            rows.append([cell("%s. %s" % (p["digits"](n), name(p, n))), cell(tool, align="center"),
                         cell(p["digits"]("100"), align="center"), cell(score(p, n), align="center")])
    return [table(rows, widths=[52, 14, 16, 18])]


def weighted_table(p):
    """Weighted tool sub-scores (out of 30/30/40): must not be read as indicator scores."""
    import generate
    d = p["digits"]
    rows = [[cell(x, tag="th") for x in ("เครื่องมือการประเมิน", "คะแนนเต็ม", "คะแนนที่ได้")]]
    for tool, weight in methodology.of_year(p["year"]).weights.items():
        w = weight * generate.tool_mean(p["cents"], tool, p["year"])
        rows.append([cell(tool), cell(d(int(weight * 100)), align="center"),
                     cell(d(hk.round_fraction(w)), align="center")])
    rows.append([cell("รวม"), cell(d(100), align="center"), cell(d(p["total"]), align="center")])
    return [para("คะแนนถ่วงน้ำหนักรายเครื่องมือ"), table(rows, widths=[50, 25, 25])]


LAYOUTS = {"analysis": score_analysis, "two_col": score_two_col, "prose": score_prose,
           "transposed": score_transposed, "full_score": score_full}


def report_body(p, rng):
    parts = cover(p, rng) + intro(p, rng)
    parts.append(para("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                      "ประจำปีงบประมาณ พ.ศ. %s" % p["digits"](p["year"]), bold=True, page_break=True))
    parts.append(para(result_sentence(p)))
    if p["missing"]:
        p = dict(p, weighted_table=False)
    if p["weighted_table"] and rng.random() < 0.5:
        parts += weighted_table(p)
        p = dict(p, weighted_table=False)
    parts += LAYOUTS[p["layout"]](p)
    if p["weighted_table"]:
        parts += weighted_table(p)
    parts += lowest_prose(p)
    body, measures = tables.improvement_section(p, rng)
    return "\n".join(parts + body), measures
