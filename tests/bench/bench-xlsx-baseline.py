#!/usr/bin/python3
"""The Python baseline for the bid workbook benchmark.

Writes the same appendix cells as bench-xlsx-baseline.c (and as the bid
workbook's Appendix sheet) with Python XlsxWriter, Debian's
python3-xlsxwriter:

    bench-xlsx-baseline.py LINES.tsv ROWS OUT.xlsx
"""
import sys
import time

import xlsxwriter


def main():
    if len(sys.argv) != 4:
        sys.exit(f"Usage: {sys.argv[0]} LINES.tsv ROWS OUT.xlsx")
    lines_path, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    lines = []
    with open(lines_path, encoding="utf-8") as f:
        for text in f:
            council, category, description, quantity, unit_cost, total = text.rstrip("\n").split("\t")
            lines.append((council, category, description,
                          int(quantity) / 100, int(unit_cost) / 100, int(total) / 100))
    if not lines:
        sys.exit(f"{lines_path}: no lines")

    t0 = time.monotonic()
    workbook = xlsxwriter.Workbook(out)
    ws = workbook.add_worksheet("Appendix")
    header = workbook.add_format({"bold": True})
    integer = workbook.add_format({"num_format": "0"})
    quantity = workbook.add_format({"num_format": "General"})
    money = workbook.add_format({"num_format": "£#,##0.00"})

    ws.set_column(0, 0, 9)
    ws.set_column(1, 2, 24)
    ws.set_column(3, 3, 40)
    ws.set_column(4, 6, 14)
    for col, text in enumerate(["Row", "Council", "Category", "Description", "Quantity",
                                "Unit cost (£)", "Total (£)"]):
        ws.write_string(0, col, text, header)
    ws.freeze_panes(1, 0)

    n = len(lines)
    for i in range(rows):
        council, category, description, qty, unit_cost, total = lines[i % n]
        row = i + 1
        ws.write_number(row, 0, row, integer)
        ws.write_string(row, 1, council)
        ws.write_string(row, 2, category)
        ws.write_string(row, 3, description)
        ws.write_number(row, 4, qty, quantity)
        ws.write_number(row, 5, unit_cost, money)
        ws.write_formula(row, 6, f"=ROUND(E{row + 1}*F{row + 1},2)", money, total)
    workbook.close()
    print(f"workbook_ms {(time.monotonic() - t0) * 1000:.1f}")


if __name__ == "__main__":
    main()
