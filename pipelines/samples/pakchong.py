"""The seed-derived sample: samples/born-digital/pakchong-2565.pdf and its truth file.

Reproduces /work/shared/seeds/000_2db37be08ce2af76.txt: wording, Thai digits, name variants
(ปากซ่อง in prose) and typos (ประเมิณ, ต.ศ., มี.ศ., ส.ศ.) are kept as in the seed. Cell texts are
written without the seed's line-wrap spaces (the seed is a text dump of a rendered page).
"""

import htmlkit as hk
from htmlkit import cell, esc, para, table

AGENCY = "เทศบาลเมืองปากช่อง"
VARIANT = "เทศบาลเมืองปากซ่อง"
PLACE = "อำเภอปากช่อง จังหวัดนครราชสีมา"
TITLE_2565 = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ เพื่อปรับปรุงและพัฒนาใน ปีงบประมาณ พ.ศ. ๒๕๖๖"
IIT_TITLE = "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) " + TITLE_2565
EIT_TITLE = "ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) " + TITLE_2565
OIT_TITLE = "ตารางผลการประเมินแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) " + TITLE_2565

INDICATORS = [
    (1, "การปฏิบัติหน้าที่", "98.21"), (2, "การใช้งบประมาณ", "94.45"),
    (3, "การใช้อำนาจ", "89.00"), (4, "การใช้ทรัพย์สินของราชการ", "94.35"),
    (5, "การแก้ไขปัญหาการทุจริต", "90.88"), (6, "คุณภาพการดำเนินงาน", "87.35"),
    (7, "ประสิทธิภาพการสื่อสาร", "87.24"), (8, "การปรับปรุงการทำงาน", "82.18"),
    (9, "การเปิดเผยข้อมูล", "90.20"), (10, "การป้องกันการทุจริต", "31.25"),
]

# Long texts of the seed, used both in the document and in the truth file.
from pakchong_text import (COVER_TITLE, PREFACE, BACKGROUND, RESULTS, ANALYSIS, ACTION,
                           PLAN_IIT, PLAN_EIT, PLAN_OIT, PROG_IIT, PROG_EIT, PROG_OIT,
                           PROGRESS_HEAD, SIGNATURE, TOC)

MARK_DONE = "done"


def plan_header():
    h = lambda t, **k: cell(t, tag="th", **k)
    return [
        [h("ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน จากการประเมิน", rowspan=2),
         h("แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ", rowspan=2), h("มาตรการ", rowspan=2),
         h("ผู้รับผิดชอบ", rowspan=2),
         h("การกำกับติดตาม รายงานความก้าวหน้าและ สรุปผล ณ สิ้นปีงบประมาณ", colspan=2)],
        [h("ดำเนินการแล้ว"), h("ยังไม่ดำเนินการ")],
    ]


def plan_table(rows, measure_rowspan=False):
    """rows: (issue, approach, measure, owner, mark). With measure_rowspan the first row's
    มาตรการ cell spans all rows (a vertically merged cell)."""
    out = plan_header()
    for i, (issue, approach, measure, owner, mark) in enumerate(rows):
        r = [cell(issue), cell(approach)]
        if not measure_rowspan:
            r.append(cell(measure))
        elif i == 0:
            r.append(cell(measure, rowspan=len(rows)))
        r += [cell(owner), cell(mark, align="center"), cell("")]
        out.append(r)
    return table(out, widths=[22, 24, 20, 12, 11, 11])


def progress_header(with_done=True, approach="แนวทางการนำผลการ วิเคราะห์ไปสู่การ ปฏิบัติ"):
    h = lambda t, **k: cell(t, tag="th", **k)
    subs = ["อยู่ระหว่าง ดำเนินการ"] + (["ดำเนินการแล้ว"] if with_done else []) + ["ยังไม่ ดำเนินการ"]
    return [
        [h("ประเด็นที่เป็น ข้อบกพร่อง/ จุดอ่อน จากการประเมิน", rowspan=2), h(approach, rowspan=2),
         h("ผู้รับผิดชอบ", rowspan=2), h("ระยะเวลา ดำเนินการ", rowspan=2),
         h("ผลการดำเนินการ", colspan=len(subs)), h("ข้อเสนอแนะ", rowspan=2),
         h("หมายเหตุ", rowspan=2)],
        [h(s) for s in subs],
    ]


DONE_WIDE = [13, 16, 8, 8, 5, 27, 5, 13, 5]
PROGRESS_WIDE = [13, 18, 8, 8, 25, 5, 5, 13, 5]


def progress_table(rows, with_done=True, widths=DONE_WIDE, **kw):
    """Columns sized for where the seed's text sits (the result text is long)."""
    out = progress_header(with_done, **kw)
    for r in rows:
        out.append([cell(x, size=11) for x in r])
    return table(out, widths=widths if with_done else [15, 19, 9, 9, 20, 8, 12, 8])


def analysis_tables():
    """The indicator table, split in two blocks; the second repeats a (narrower) header."""
    ind = {n: (name, score) for n, name, score in INDICATORS}
    row = lambda n: [cell("%s. %s" % (hk.th(n), ind[n][0])), cell(hk.th(ind[n][1]) + " คะแนน")]
    first = [[cell("ตัวชี้วัดของการประเมิน ITA", tag="th", colspan=2),
              cell("ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ", tag="th")],
             [cell("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)", colspan=2), cell("")]]
    first.append(row(1) + [cell(ANALYSIS["iit"], rowspan=5)])
    first += [row(n) for n in (2, 3, 4, 5)]
    first.append([cell("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT)", colspan=2), cell("")])
    first.append(row(6) + [cell(ANALYSIS["eit"], rowspan=3)])
    first += [row(n) for n in (7, 8)]
    second = [[cell("ตัวชี้วัดของการประเมิน ITA", tag="th"),
               cell("ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ", tag="th")],
              [cell("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT)"), cell("")],
              [cell(""), cell(ANALYSIS["eit2"])],
              [cell("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (OIT)"), cell("")],
              [cell("%s. %s %s คะแนน" % (hk.th(9), ind[9][0], hk.th(ind[9][1]))),
               cell(ANALYSIS["oit"], rowspan=2)],
              [cell("%s. %s %s คะแนน" % (hk.th(10), ind[10][0], hk.th(ind[10][1])))]]
    return table(first, widths=[30, 14, 56]), table(second, widths=[35, 65])


def toc():
    rows = [[cell(t), cell(p, align="right")] for t, p in TOC]
    return table([[cell(""), cell("หน้า", align="right")]] + rows, widths=[88, 12], border=0)


def body():
    parts = [para(x, align="center", bold=True) for x in COVER_TITLE]
    parts.append(para("คำนำ", align="center", bold=True, page_break=True))
    parts += [para(x) for x in PREFACE]
    parts += [para(x, align="right") for x in ("นายวรากร บ่ายเจริญ", "ผู้ช่วยนิติกร", "ผู้จัดทำ")]
    parts.append(para("สารบัญ", align="center", bold=True, page_break=True))
    parts.append(toc())
    parts.append(para(BACKGROUND[0], align="center", bold=True, page_break=True))
    parts += [para(x) for x in BACKGROUND[1:]]
    parts += [para(x) for x in RESULTS]
    first, second = analysis_tables()
    parts += [para(ANALYSIS["head1"], bold=True), para(ANALYSIS["head2"], bold=True), first]
    parts += [page_break_p(), second]
    parts += [para(ACTION["head"], bold=True, page_break=True), para(ACTION["iit"])]
    parts += [para(IIT_TITLE, bold=True), plan_table(PLAN_IIT, measure_rowspan=True)]
    parts += [para(ACTION["eit"]), para(EIT_TITLE, bold=True), plan_table(PLAN_EIT[:2])]
    parts += [page_break_p(), plan_table(PLAN_EIT[2:])]
    parts += [para(ACTION["oit"], page_break=True), para(OIT_TITLE, bold=True),
              plan_table(PLAN_OIT)]
    parts += progress_section()
    parts += [para(x, align="center") for x in SIGNATURE]
    return "\n".join(parts)


def page_break_p():
    return hk.page_break()


def progress_section():
    p = [para(PROGRESS_HEAD[0], align="center", bold=True, page_break=True)]
    p += [para(x, align="center", bold=True) for x in PROGRESS_HEAD[1:3]]
    p += [para(PROGRESS_HEAD[3]), para(IIT_TITLE, bold=True), progress_table(PROG_IIT[:2])]
    p += [page_break_p(), progress_table(PROG_IIT[2:])]
    p += [para(PROGRESS_HEAD[4], page_break=True),
          para("ตารางผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) "
               "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", bold=True),
          para("เพื่อปรับปรุงและพัฒนาในปีงบประมาณ พ.ศ. ๒๕๖๖", bold=True),
          progress_table([r[:5] + r[6:] for r in PROG_EIT[:2]], with_done=False,
                         approach="แนวทางการนำผลการวิเคราะห์ไปสู่ การปฏิบัติ")]
    p += [page_break_p(),
          progress_table(PROG_EIT[2:], widths=PROGRESS_WIDE, approach="แนวทางหรือนำผลการวิเคราะห์ไปสู่ การปฏิบัติ")]
    p += [para(PROGRESS_HEAD[5], page_break=True), para(OIT_TITLE, bold=True),
          progress_table(PROG_OIT[:2], approach="แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ")]
    p += [page_break_p(),
          progress_table(PROG_OIT[2:], approach="แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ")]
    return p


def mark_status(mark):
    return "done" if mark.strip() else "unknown"


def text_status(ip, done, nd):
    """Status from non-dash text in a status sub-column; result = that text."""
    for status, text in (("in_progress", ip), ("done", done), ("not_done", nd)):
        text = (text or "").strip()
        if text and text != "-":
            return status, text
    return "unknown", ""


def measures():
    out = []
    for tool, rows in (("IIT", PLAN_IIT), ("EIT", PLAN_EIT), ("OIT", PLAN_OIT)):
        measure = ""
        for i, (issue, approach, m, owner, mark) in enumerate(rows):
            if tool == "IIT":  # the merged มาตรการ cell applies to every row it spans
                measure = m if i == 0 else measure
            else:
                measure = m
            out.append([tool, issue, approach, measure, owner, "", mark_status(mark), ""])
    for tool, rows in (("IIT", PROG_IIT), ("EIT", PROG_EIT), ("OIT", PROG_OIT)):
        for issue, approach, owner, period, ip, done, nd, _, _ in rows:
            status, result = text_status(ip, done, nd)
            out.append([tool, issue, approach, "", owner, period, status, result])
    return out


def write(out_pdf_dir, truth_dir, work_dir, profile_dir):
    import os
    html_path = os.path.join(work_dir, "pakchong-2565.html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(hk.document(body()))
    hk.to_pdf(html_path, out_pdf_dir, profile_dir)
    fields = [("agency_name", AGENCY), ("agency_type", "town_municipality"),
              ("district", "ปากช่อง"), ("province", "นครราชสีมา"), ("fiscal_year", "2565"),
              ("total_score", "77.98"), ("grade", "B"), ("iit_score", "93.38"),
              ("eit_score", "85.59"), ("oit_score", "60.73"), ("status", "ok"), ("problems", "")]
    hk.write_truth(os.path.join(truth_dir, "pakchong-2565.tsv"), fields,
                   [(n, s) for n, _, s in INDICATORS], measures(),
                   comment="Truth for samples/born-digital/pakchong-2565.pdf "
                           "(seed 000_2db37be08ce2af76), written by pipelines/samples/pakchong.py")


if __name__ == "__main__":
    import sys
    write(*sys.argv[1:5])
