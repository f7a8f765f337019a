#!/usr/bin/env python3
"""Writes a multi-page 8-bit grey TIFF (Deflate) of white pages for the CLI tests.

usage: make_tiff.py OUT WIDTHxHEIGHT...

A page above 200 megapixels gets the data of its first 1000 rows only: what its header says
is what the size limits must look at, before anything is decoded.
"""
import struct
import sys
import zlib


def strip(width, height):
    rows = min(height, 1000) if width * height > 200e6 else height
    z = zlib.compressobj(9)
    row = b"\xff" * width
    data = b"".join(z.compress(row) for _ in range(rows))
    return data + z.flush()


def ifd(width, height, data_offset, data_size, next_offset):
    tags = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 8), (262, 3, 1),
            (273, 4, data_offset), (277, 3, 1), (278, 4, height), (279, 4, data_size)]
    out = struct.pack("<H", len(tags))
    for tag, kind, value in tags:
        out += struct.pack("<HHI", tag, kind, 1)
        out += struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
    return out + struct.pack("<I", next_offset)


def main():
    pages = [tuple(int(n) for n in size.split("x")) for size in sys.argv[2:]]
    out = bytearray(b"II*\x00" + struct.pack("<I", 0))
    link = 4  # where the offset of the next directory goes
    for width, height in pages:
        data = strip(width, height)
        data_offset = len(out)
        out += data
        if len(out) % 2:
            out += b"\x00"
        struct.pack_into("<I", out, link, len(out))
        directory = ifd(width, height, data_offset, len(data), 0)
        link = len(out) + len(directory) - 4
        out += directory
    with open(sys.argv[1], "wb") as f:
        f.write(out)


main()
