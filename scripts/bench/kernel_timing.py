"""Kernel timings: start to ready and to first output, and Run-All of every notebook on a cold kernel.

Usage: /usr/bin/python3 scripts/bench/kernel_timing.py [--reps N] [--baseline]   (npm run bench:kernel)

For each repetition, alternating the kernels when --baseline adds tslab's own kernel (`tslab kernel`, the
same engine without this project's protocol layer) to compare: starts a kernel in notebooks/, times the
kernel_info reply (ready), the first execute_result of `1 + 2` (first output) and the import cell; then
runs each notebook on a fresh kernel with nbclient, one at a time, timing kernel start to last cell. Prints
medians and the load average, and writes results/kernel-bench.md. Needs `npm run notebooks -- --register`.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NOTEBOOKS = os.path.join(ROOT, "notebooks")
PROJECT_KERNELS = os.path.join(ROOT, ".jupyter", "share", "jupyter")


def kernel_paths(baseline):
    """JUPYTER_PATH with the project's kernel as tslab and, for --baseline, tslab's own as tslab-original."""
    if not os.path.exists(os.path.join(PROJECT_KERNELS, "kernels", "tslab", "kernel.json")):
        sys.exit("kernel spec missing: run npm run notebooks -- --register")
    paths = [PROJECT_KERNELS]
    if baseline:
        extra = tempfile.mkdtemp(prefix="kernel-bench-")
        spec = os.path.join(extra, "kernels", "tslab-original")
        os.makedirs(spec)
        binary = os.path.join(ROOT, "node_modules", ".bin", "tslab")
        with open(os.path.join(spec, "kernel.json"), "w") as f:
            json.dump({"argv": [binary, "kernel", "--config-path", "{connection_file}"], "display_name": "TypeScript", "language": "typescript"}, f)
        paths.append(extra)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(ROOT, ".jupyter", "runtime")
    os.environ.setdefault("TZ", "UTC")


def start_timings(kernel_name):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=kernel_name)
    started = time.monotonic()
    km.start_kernel(cwd=NOTEBOOKS)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        ready = time.monotonic() - started
        first = execute(kc, "1 + 2") - started
        before = time.monotonic()
        execute(kc, 'import {analyseFile, showFrame} from "../dist";')
        imported = time.monotonic() - before
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {"ready": ready, "first output": first, "import cell": imported}


def execute(kc, code):
    """Sends code; returns the time its first output (or, without one, its idle status) arrived."""
    msg_id = kc.execute(code)
    first = None
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] in ("execute_result", "stream", "display_data", "error") and first is None:
            first = time.monotonic()
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return first or time.monotonic()


def run_all(kernel_name, path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(nb, kernel_name=kernel_name, timeout=300, resources={"metadata": {"path": NOTEBOOKS}}).execute()
    total = time.monotonic() - started
    slowest = max((c for c in nb.cells if c.cell_type == "code"), key=lambda c: cell_seconds(c))
    return total, cell_seconds(slowest), slowest.source.split("\n")[0][:50]


def cell_seconds(cell):
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return 0.0
    from dateutil.parser import isoparse

    return (isoparse(end) - isoparse(start)).total_seconds()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--baseline", action="store_true", help="also time tslab's own kernel, alternating")
    args = parser.parse_args()
    kernel_paths(args.baseline)
    kernels = ["tslab"] + (["tslab-original"] if args.baseline else [])
    # The project's notebooks, as npm run notebooks runs them; scratch notebooks in the folder are not timed.
    with open(os.path.join(NOTEBOOKS, "notebooks.json"), encoding="utf-8") as f:
        notebooks = json.load(f)
    starts = {k: [] for k in kernels}
    runs = {k: {nb: [] for nb in notebooks} for k in kernels}
    slow = {}
    loads = [os.getloadavg()[0]]
    for rep in range(args.reps):
        for k in kernels[rep % len(kernels):] + kernels[: rep % len(kernels)]:
            starts[k].append(start_timings(k))
            print(f"{k}: start {json.dumps({key: round(v, 2) for key, v in starts[k][-1].items()})}", file=sys.stderr)
            for nb in notebooks:
                total, cell, source = run_all(k, os.path.join(NOTEBOOKS, nb))
                runs[k][nb].append(total)
                slow[(k, nb)] = (cell, source)
                print(f"{k}: {nb} {total:.1f} s (slowest cell {cell:.1f} s: {source})", file=sys.stderr)
            loads.append(os.getloadavg()[0])
    lines = [
        "# Kernel timings",
        "",
        f"Medians of {args.reps} repetitions{', kernels alternating' if args.baseline else ''}; {os.cpu_count()} cores; 1-minute load average "
        f"{min(loads):.2f} to {max(loads):.2f} during the run (other work on the machine inflates times). Each notebook runs on a fresh",
        "kernel (cold: kernel start included), one at a time, with nbclient as `npm run notebooks` does (which runs two at once).",
        "",
        "| kernel | ready | first output | import cell | " + " | ".join(nb[:2] for nb in notebooks) + " | all cold |",
        "| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in notebooks) + " | ---: |",
    ]
    for k in kernels:
        med = {key: statistics.median(s[key] for s in starts[k]) for key in starts[k][0]}
        per = [statistics.median(runs[k][nb]) for nb in notebooks]
        name = "project (dist/kernel)" if k == "tslab" else "tslab's own"
        lines.append(f"| {name} | {med['ready']:.2f} s | {med['first output']:.2f} s | {med['import cell']:.2f} s | " + " | ".join(f"{t:.1f} s" for t in per) + f" | {sum(per):.1f} s |")
    lines += ["", "Slowest cell per notebook (last repetition, project kernel):", ""]
    lines += [f"- {nb}: {slow[('tslab', nb)][0]:.1f} s, `{slow[('tslab', nb)][1]}`" for nb in notebooks]
    text = "\n".join(lines) + "\n"
    print(text)
    os.makedirs(os.path.join(ROOT, "results"), exist_ok=True)
    with open(os.path.join(ROOT, "results", "kernel-bench.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
