"""Executes notebooks with nbclient for scripts/notebooks.ts, which sets up the environment and the kernel.

Usage: python3 scripts/notebooks.py '<json job>' where the job has root, mode ("run" or "check"),
notebooks (paths relative to root), data (relative to the notebooks' folder, or null), out (folder
for executed notebooks of a --data run), html (folder for HTML exports, written in both modes),
scratch (folder for the fresh copies of a check), timeout (seconds per cell) and jobs (notebooks
executing at once, each on its own kernel). Results are taken in notebook order, so a run behaves as
a sequential one: prints one line per notebook; on the first failure, one line naming the notebook
and cell, nothing written for it or any later notebook, and exit status 1.
"""

import asyncio
import base64
import hashlib
import json
import os
import re
import sys
import time

import nbformat
from jinja2 import DictLoader
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

CELL_METADATA = ("tags", "jupyter", "editable", "deletable", "slideshow")
NOTEBOOK_METADATA = ("kernelspec", "language_info", "title", "authors")
INJECTED = "injected-parameters"

# The lab template without its CDN scripts (RequireJS, MathJax), so that the file stands alone, and with
# SVG outputs as data URIs: nbconvert 6 inlines them through its HTML sanitizer, which drops every shape.
TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{% block data_svg scoped -%}
<div class="jp-RenderedSVG jp-OutputArea-output {{ extra_class }}" data-mime-type="image/svg+xml">
<img src="data:image/svg+xml;base64,{{ output.data['image/svg+xml'] | svg_base64 }}">
</div>
{%- endblock data_svg %}
"""


class Failure(Exception):
    pass


def main():
    job = json.loads(sys.argv[1])
    try:
        stale = asyncio.run(run(job))
    except Failure as failure:
        print(failure, file=sys.stderr)
        return 1
    for line in stale:
        print(line, file=sys.stderr)
    return 1 if stale else 0


async def run(job):
    limit = asyncio.Semaphore(max(1, int(job.get("jobs", 1))))

    async def executed(path):
        async with limit:
            return await prepare_and_execute(job, path)

    tasks = [asyncio.ensure_future(executed(path)) for path in job["notebooks"]]
    stale = []
    try:
        for path, task in zip(job["notebooks"], tasks):
            nb, committed, seconds = await task
            stale += finish(job, path, nb, committed, seconds)
    finally:
        for task in tasks:
            task.cancel()
        # Cancelled clients shut their kernels down; wait for that before the event loop closes.
        await asyncio.gather(*tasks, return_exceptions=True)
    return stale


async def prepare_and_execute(job, path):
    source = os.path.join(job["root"], path)
    with open(source, encoding="utf-8") as f:
        committed = f.read()
    nb = nbformat.reads(committed, as_version=4)
    if job["mode"] == "check":
        problem = first_error(nb)
        if problem:
            raise Failure(f"{path}, {problem} (committed output)")
    inject(nb, path, job["data"])
    started = time.monotonic()
    await execute(nb, path, os.path.dirname(source), job["timeout"])
    return nb, committed, time.monotonic() - started


def finish(job, path, nb, committed, seconds):
    root = job["root"]
    source = os.path.join(root, path)
    normalize(nb, path)
    problem = first_error(nb) or absolute_path(nb, root)
    if problem:
        raise Failure(f"{path}, {problem}")
    text = nbformat.writes(nb) + "\n"
    name = os.path.basename(path)
    print(f"{path} {seconds:.1f} s", file=sys.stderr)
    if job["mode"] == "check":
        fresh = write(os.path.join(job["scratch"], name), text)
    else:
        write(source if job["data"] is None else os.path.join(root, job["out"], name), text)
    export(nb, os.path.join(root, job["html"], os.path.splitext(name)[0] + ".html"))
    if job["mode"] == "check" and text != committed:
        return [f"{path}: stale, {difference(committed, nb)}; fresh copy in {fresh}"]
    return []


def inject(nb, path, data):
    """Drops injected cells, then papermill-style adds one after the parameters cell setting dataPath.

    A notebook whose parameters cell declares no dataPath and that never mentions it reads no results
    file (06-batch-workflow): it runs as it is.
    """
    nb.cells = [cell for cell in nb.cells if INJECTED not in cell.metadata.get("tags", [])]
    if data is None:
        return
    index = next((i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", [])), None)
    if index is None:
        raise Failure(f"{path}: no cell tagged parameters")
    if not re.search(r"\b(const|let|var)\s+dataPath\b", nb.cells[index].source):
        if any(re.search(r"\bdataPath\b", cell.source) for cell in nb.cells if cell.cell_type == "code"):
            raise Failure(f"{path}, cell {index + 1}: parameters cell does not declare dataPath")
        return
    cell = nbformat.v4.new_code_cell(f"// Injected by npm run notebooks -- --data\nconst dataPath = {json.dumps(data)};")
    cell.id = INJECTED
    cell.metadata.tags = [INJECTED]
    nb.cells.insert(index + 1, cell)


async def execute(nb, path, cwd, timeout):
    current = {"index": None}

    def on_cell_start(cell, cell_index):
        current["index"] = cell_index

    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != "tslab":
        raise Failure(f"{path}: kernel is not tslab: {kernel}")
    client = NotebookClient(
        nb,
        kernel_name="tslab",
        timeout=timeout,
        startup_timeout=120,
        record_timing=False,
        on_cell_start=on_cell_start,
        resources={"metadata": {"path": cwd}},
    )
    try:
        await client.async_execute()
    except CellTimeoutError:
        raise Failure(f"{path}, cell {current['index'] + 1}: timed out after {timeout} s") from None
    except DeadKernelError as error:
        raise Failure(f"{path}, cell {(current['index'] or 0) + 1}: kernel died: {error}") from None
    except CellExecutionError as error:
        cell = nb.cells[current["index"]]
        raise Failure(f"{path}, cell {current['index'] + 1}: {error_line(cell) or error.ename}") from None


def normalize(nb, path):
    """Keeps what a fresh run on the same data reproduces: no timings, UI state or random ids."""
    nb.metadata = nbformat.from_dict({k: nb.metadata[k] for k in NOTEBOOK_METADATA if k in nb.metadata})
    for index, cell in enumerate(nb.cells):
        cell.metadata = nbformat.from_dict({k: cell.metadata[k] for k in CELL_METADATA if k in cell.metadata})
        if nb.nbformat_minor >= 5 and not cell.get("id"):
            cell.id = hashlib.sha1(f"{path}:{index}".encode()).hexdigest()[:8]
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.outputs:
            output.pop("transient", None)
            previous = outputs[-1] if outputs else None
            if output.output_type == "stream" and previous and previous.output_type == "stream" and previous.name == output.name:
                previous.text += output.text
            else:
                outputs.append(output)
        cell.outputs = outputs


def first_error(nb):
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "error" or (output.output_type == "stream" and output.name == "stderr"):
                return f"cell {index + 1}: {error_line(cell) or 'error output'}"
    return None


def error_line(cell):
    """The line that says what went wrong: a thrown error, or tslab's first compile error."""
    for output in cell.get("outputs", []):
        if output.output_type == "error":
            return f"{output.ename}: {output.evalue}"
    text = "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stderr")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if re.match(r"^([\w$.]*(Error|Exception)\b|Uncaught\b)", line):
            return line
    return lines[0] if lines else None


def absolute_path(nb, root):
    for index, cell in enumerate(nb.cells):
        if root in json.dumps(cell.get("outputs", []), ensure_ascii=False):
            return f"cell {index + 1}: absolute path in output: {root}"
    return None


def difference(committed, fresh):
    try:
        old = nbformat.reads(committed, as_version=4)
    except Exception:
        return "not a notebook"
    if len(old.cells) != len(fresh.cells):
        return f"{len(old.cells)} cells committed, {len(fresh.cells)} after a run"
    for index, (a, b) in enumerate(zip(old.cells, fresh.cells)):
        if a.get("outputs") != b.get("outputs") or a.get("execution_count") != b.get("execution_count"):
            return f"cell {index + 1} outputs differ"
        if a != b:
            return f"cell {index + 1} differs"
    return "metadata or formatting differs"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return path
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def export(nb, path):
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"standalone.html.j2": TEMPLATE})],
        template_file="standalone.html.j2",
        embed_images=True,
        filters={"svg_base64": lambda svg: base64.b64encode(svg.encode("utf-8")).decode("ascii")},
    )
    name = os.path.splitext(os.path.basename(path))[0]
    html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": name}})
    write(path, html)


if __name__ == "__main__":
    sys.exit(main())
