#!/usr/bin/env python3
"""Fails when a worker thread could touch a widget (DESIGN.md, "Scale").

Every function app/ runs in a thread (given to g_task_run_in_thread(),
g_thread_new(), rc_store_work_async(), rc_store_read_async(),
rc_loader_start(), or a list page's load) must name no GTK, GDK or
libadwaita call, type or macro in its body; the folders whose code workers
run (store, model, export, import, charts, sample) must include none of their
headers, so what such a function calls cannot reach a widget either.
Results come back to the main loop through the GTask's callback."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1]) / "app"
toolkit = re.compile(r"\b(gtk_|gdk_|adw_|GTK_|GDK_|ADW_|Gtk[A-Z]|Gdk[A-Z]|Adw[A-Z])\w*")
toolkit_header = re.compile(r'#\s*include\s*[<"](gtk/|gdk/|adwaita\.h|gtk\.h)')
starts = [
    re.compile(r"\bg_task_run_in_thread(?:_sync)?\s*\(\s*[^,]+,\s*(\w+)\s*\)"),
    re.compile(r"\bg_thread_(?:try_)?new\s*\(\s*[^,]+,\s*(\w+)\s*,"),
    re.compile(r"\brc_store_work_async\s*\(\s*[^,]+,\s*[^,]+,\s*(\w+)\s*,"),
    re.compile(r"\brc_store_read_async\s*\(\s*[^,]+,\s*(\w+)\s*,"),
    # An export's writer: on a reader, or in a worker from what was read.
    re.compile(r"\brc_export_job_read_async\s*\(\s*[^,]+,\s*(\w+)\s*,"),
    re.compile(r"\brc_export_job_run_in_thread\s*\(\s*[^,]+,\s*(\w+)\s*\)"),
    # A list page's reads: rc_loader_start()'s function, and a page's load.
    re.compile(r"\brc_loader_start\s*\(\s*[^,]+,\s*[^,]+,\s*(\w+)\s*,"),
    re.compile(r"->load\s*=\s*(\w+)\s*;"),
]
# Names that stand for a function given by the caller, not defined here.
passed_on = {"func", "write"}

problems = []
checked = []


def body_of(text, name):
    """The body of function @name as GNU style writes it: the name at the
    start of a line, the body from the next line that is "{" to "}"."""
    match = re.search(r"^%s\s*\(" % re.escape(name), text, re.M)
    if match is None:
        return None
    start = text.find("\n{", match.end())
    end = text.find("\n}", start)
    if start < 0 or end < 0:
        return None
    return text[start:end]


for path in sorted(root.rglob("*.[ch]")):
    rel = path.relative_to(root.parent).as_posix()
    text = path.read_text()
    folder = path.relative_to(root).parts[0]
    if folder in ("store", "model", "export", "import", "charts", "sample") and toolkit_header.search(text):
        problems.append(f"{rel}: includes a toolkit header, yet workers run its code")
    for pattern in starts:
        for match in pattern.finditer(text):
            name = match.group(1)
            if name in passed_on or name.startswith("klass"):
                continue
            body = body_of(text, name)
            if body is None:
                problems.append(f"{rel}: the thread function {name} is not defined in this file")
                continue
            checked.append(f"{rel}:{name}")
            for found in toolkit.finditer(body):
                problems.append(f"{rel}: {name} runs in a thread and names {found.group(0)}")

for problem in problems:
    print(problem)
print(f"{len(checked)} thread functions checked: {', '.join(checked)}")
if not checked:
    problems.append("no thread function found: the patterns are out of date")
sys.exit(1 if problems else 0)
