#!/usr/bin/env python3
"""png_ink.py FILE.png: prints the share (0-1) of pixels that are not near-white.

A plain PNG reader (8-bit RGB/RGBA, non-interlaced, as Chromium writes screenshots) so the
screenshot test needs nothing beyond python3.
"""
import struct
import sys
import zlib


def rows(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color = header[:4]
    assert depth == 8 and color in (2, 6), "only 8-bit RGB or RGBA"
    bpp = 3 if color == 2 else 4
    raw, stride, previous = zlib.decompress(idat), width * bpp, bytearray(width * bpp)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        previous = line
        yield line, bpp


def main():
    ink = total = 0
    for line, bpp in rows(sys.argv[1]):
        for x in range(0, len(line), bpp):
            total += 1
            ink += min(line[x], line[x + 1], line[x + 2]) < 200
    print("%.4f" % (ink / total))


if __name__ == "__main__":
    main()
