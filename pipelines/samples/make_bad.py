"""Bad inputs for samples/bad/ and their truth files (status failed + problem code)."""

import os
import struct
import subprocess
import sys
import zlib

import htmlkit as hk
from htmlkit import cell, para, table

NOTICE = [
    ("ประกาศองค์การบริหารส่วนตำบลหนองบัว", "center", True),
    ("เรื่อง เชิญประชุมสภาองค์การบริหารส่วนตำบลหนองบัว สมัยสามัญ สมัยที่ ๓ ประจำปี พ.ศ. ๒๕๖๖", "center", True),
    ("ด้วยสภาองค์การบริหารส่วนตำบลหนองบัว กำหนดการประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ "
     "สมัยที่ ๓ ประจำปี พ.ศ. ๒๕๖๖ ในวันที่ ๑๕ สิงหาคม ๒๕๖๖ เวลา ๐๙.๓๐ น. ณ ห้องประชุมสภา"
     "องค์การบริหารส่วนตำบลหนองบัว อำเภอบ้านไผ่ จังหวัดขอนแก่น", None, False),
    ("จึงขอเชิญสมาชิกสภาองค์การบริหารส่วนตำบลทุกท่านเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว "
     "โดยพร้อมเพรียงกัน", None, False),
    ("ประกาศ ณ วันที่ ๘ สิงหาคม พ.ศ. ๒๕๖๖", "center", False),
    ("(นายสมชาย ใจดี)", "center", False),
    ("ประธานสภาองค์การบริหารส่วนตำบลหนองบัว", "center", False),
]
AGENDA = [("๑", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"), ("๒", "รับรองรายงานการประชุมครั้งที่แล้ว"),
          ("๓", "ญัตติร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
          ("๔", "เรื่องอื่น ๆ")]


def notice_html():
    parts = [para(t, align=a, bold=b) for t, a, b in NOTICE[:4]]
    rows = [[cell("ระเบียบวาระที่", tag="th"), cell("เรื่อง", tag="th")]]
    rows += [[cell(n, align="center"), cell(t)] for n, t in AGENDA]
    parts.append(table(rows, widths=[20, 80]))
    parts += [para(t, align=a, bold=b) for t, a, b in NOTICE[4:]]
    return hk.document("\n".join(parts))


def truth(path, problem):
    hk.write_truth(path, [("status", "failed"), ("problems", problem)], [], [],
                   comment="Bad input: only status and problems are checked")


def huge_png(path, width=60000, height=80000):
    """A PNG whose header declares 4.8 gigapixels: itapipe must refuse it before decoding."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))


def main(bad_dir, truth_dir, work_dir, profile_dir, good_pdf):
    open(os.path.join(bad_dir, "empty.pdf"), "wb").close()
    data = open(good_pdf, "rb").read()
    with open(os.path.join(bad_dir, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) * 40 // 100])
    subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "lock-user",
                    "lock-owner", "256", "--", good_pdf, os.path.join(bad_dir, "encrypted.pdf")],
                   check=True)
    with open(os.path.join(bad_dir, "not-a-pdf.pdf"), "w", encoding="utf-8") as f:
        f.write("รายงานการวิเคราะห์ผลการประเมิน ITA\nThis is a plain text file, not a PDF.\n")
    html_path = os.path.join(work_dir, "not-ita.html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(notice_html())
    hk.to_pdf(html_path, bad_dir, profile_dir)
    huge_png(os.path.join(bad_dir, "huge-image.png"))
    for name, problem in (("huge-image", "image_too_large"), ("empty", "unreadable_pdf"), ("truncated", "unreadable_pdf"),
                          ("not-a-pdf", "unreadable_pdf"), ("encrypted", "encrypted_pdf"),
                          ("not-ita", "not_an_ita_report")):
        truth(os.path.join(truth_dir, name + ".tsv"), problem)


if __name__ == "__main__":
    main(*sys.argv[1:6])
