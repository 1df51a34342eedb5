#!/usr/bin/python3
"""Every cell of an .xlsx file as tab-separated lines, for the baselines.

    xlsx-cells.py WORKBOOK.xlsx CELLS.tsv

run-bench.py reads the monitoring workbook the app wrote and hands its
cells to bench-xlsx-baseline.c and .py, which write the same cells
again, in the same sheets and number formats, with nothing else. Lines:

    =SHEET NAME
    ROW<TAB>COL<TAB>KIND<TAB>FORMAT<TAB>VALUE<TAB>FORMULA

KIND is s (text), n (number) or f (a formula and its cached number);
FORMAT is the cell's number format, empty for General. A tab or line
break inside a text becomes a space.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
BUILTIN = {0: "", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 14: "mm-dd-yy"}


def column(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return int(ref[len(letters):]) - 1, n - 1


def plain(text):
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def main(source, target):
    with zipfile.ZipFile(source) as z, open(target, "w", encoding="utf-8") as out:
        styles = ET.fromstring(z.read("xl/styles.xml"))
        codes = dict(BUILTIN)
        for fmt in styles.iter(NS + "numFmt"):
            codes[int(fmt.get("numFmtId"))] = fmt.get("formatCode")
        xfs = [codes.get(int(xf.get("numFmtId", "0")), "")
               for xf in styles.find(NS + "cellXfs").iter(NS + "xf")]

        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        for sheet in book.iter(NS + "sheet"):
            out.write("=" + sheet.get("name") + "\n")
            path = "xl/" + targets[sheet.get(REL + "id")]
            with z.open(path) as part:
                for _, c in ET.iterparse(part):
                    if c.tag != NS + "c":
                        continue
                    row, col = column(c.get("r"))
                    fmt = xfs[int(c.get("s", "0"))]
                    f = c.find(NS + "f")
                    v = c.find(NS + "v")
                    if c.get("t") == "inlineStr":
                        text = "".join(t.text or "" for t in c.iter(NS + "t"))
                        out.write(f"{row}\t{col}\ts\t{fmt}\t{plain(text)}\t\n")
                    elif f is not None:
                        out.write(f"{row}\t{col}\tf\t{fmt}\t{v.text if v is not None else 0}\t={f.text}\n")
                    elif v is not None:
                        out.write(f"{row}\t{col}\tn\t{fmt}\t{v.text}\t\n")
                    c.clear()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
