#!/usr/bin/python3
"""The Python baseline for the workbook benchmark.

Writes the same cells as bench-xlsx-baseline.c (and as the monitoring
workbook) with Python XlsxWriter, Debian's python3-xlsxwriter, from what
tests/bench/xlsx-cells.py reads from the app's workbook:

    bench-xlsx-baseline.py CELLS.tsv OUT.xlsx

Prints load_ms (reading CELLS.tsv) and workbook_ms (writing).
"""
import sys
import time

import xlsxwriter


def main():
    if len(sys.argv) != 3:
        sys.exit(f"Usage: {sys.argv[0]} CELLS.tsv OUT.xlsx")
    cells_path, out = sys.argv[1], sys.argv[2]
    t0 = time.monotonic()
    with open(cells_path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    if not lines:
        sys.exit(f"{cells_path}: no cells")

    t1 = time.monotonic()
    workbook = xlsxwriter.Workbook(out)
    formats = {"": None}
    ws = None
    for line in lines:
        if line.startswith("="):
            ws = workbook.add_worksheet(line[1:])
            continue
        row, col, kind, code, value, formula = line.split("\t")
        fmt = formats.get(code)
        if fmt is None and code:
            fmt = formats[code] = workbook.add_format({"num_format": code})
        if kind == "s":
            ws.write_string(int(row), int(col), value, fmt)
        elif kind == "n":
            ws.write_number(int(row), int(col), float(value), fmt)
        elif kind == "f":
            ws.write_formula(int(row), int(col), formula, fmt, float(value))
    workbook.close()
    t2 = time.monotonic()
    print(f"load_ms {(t1 - t0) * 1000:.1f}")
    print(f"workbook_ms {(t2 - t1) * 1000:.1f}")


if __name__ == "__main__":
    main()
