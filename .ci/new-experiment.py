#!/usr/bin/env python3
"""CI: appends an Experiment26 section to a copy of the bundled data, runs notebooks 01-05 on the copy
(npm run notebooks -- --data <copy>, outputs in results/notebooks/) and fails unless Experiment26 shows
everywhere it belongs: run counts, summary table with its file limit, seed check, what changed, charts,
partition table, quality chart. No code or notebook changes; the committed notebooks stay as they are.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = [
    (10.2, 2.1, 240.1, 41000000.0, 36100.0),
    (11.4, 2.3, 231.7, 40200000.0, 35400.0),
    (12.9, 2.2, 236.3, 40900000.0, 34800.0),
]


def section():
    runs = [
        {
            "batch_size": 512, "data_path": f"50MB/shard-{i:05d}.tar", "device": "cpu",
            "execution_time (seconds/batch)": exec_time, "library_overhead_memory (MB)": 250.0, "num_batches": 5,
            "result_path": f"results/Experiment26/run-{i + 1:04d}.json", "sample_persec": samples,
            "throughput_bps": throughput, "total_cpu_memory (MB)": memory, "total_cpu_time (seconds)": cpu,
            "total_image_memory (MB)": 1500.0, "total_model_memory (MB)": 800.0, "total_process_memory (MB)": 25000.0,
        }
        for i, (cpu, exec_time, samples, throughput, memory) in enumerate(RUNS)
    ]
    return "\nExperiment26\n[\n" + ",\n".join("  " + json.dumps(run) for run in runs) + "\n]\n"


def outputs(name):
    """Every output of a notebook in results/notebooks/, per MIME type, as text."""
    with open(os.path.join(ROOT, "results", "notebooks", name + ".ipynb"), encoding="utf-8") as f:
        cells = json.load(f)["cells"]
    found = {"stdout": "", "text/plain": "", "image/svg+xml": [], "application/vnd.plotly.v1+json": []}
    for cell in cells:
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                found["stdout"] += "".join(output["text"])
            for mime, value in output.get("data", {}).items():
                text = value if isinstance(value, str) else "".join(value) if isinstance(value, list) else json.dumps(value)
                if mime in ("image/svg+xml", "application/vnd.plotly.v1+json"):
                    found[mime].append(text)
                elif mime == "text/plain":
                    found[mime] += text + "\n"
    return found


def main():
    problems, checks = [], []

    def expect(ok, what):
        print(("ok   " if ok else "FAIL ") + what, file=sys.stderr)
        checks.append(what)
        if not ok:
            problems.append(what)

    with tempfile.TemporaryDirectory() as folder:
        data = os.path.join(folder, "All Experiments.txt")
        with open(os.path.join(ROOT, "data", "All Experiments.txt"), encoding="utf-8") as f:
            text = f.read()
        with open(data, "w", encoding="utf-8") as f:
            f.write(text + section())
        run = subprocess.run(["npm", "run", "--silent", "notebooks", "--", "--data", data, "01", "02", "03", "04", "05"], cwd=ROOT)
        if run.returncode != 0:
            print("notebooks failed on the data with Experiment26", file=sys.stderr)
            return 1

    # Appended as the 23rd experiment in file order, it takes the 23rd label of the cycle 2, 4, 6, 8, 10: 6.
    row = r"Experiment26\s+50MB\s+6\s+3\b"
    one = outputs("01-load-and-clean")
    expect(re.search(row, one["text/plain"]) is not None, "01: runs per experiment list Experiment26, 50MB, file limit 6, 3 runs")
    two = outputs("02-experiment-summary")
    expect(re.search(row + r"\s+11\.50", two["text/plain"]) is not None, "02: the summary has Experiment26 with file limit 6 and its mean CPU time")
    expect("all 110 numbers match the seed's table; the 22 data prefixes and 22 file limits match; not in the seed's table: Experiment26" in two["stdout"], "02: the seed check keeps the 110 numbers and names Experiment26 as new")
    expect("added Experiment26 (3 runs)\nruns: 3410 → 3413" in two["stdout"], "02: what changed says Experiment26 was added")
    three = outputs("03-charts")
    svgs, figures = three["image/svg+xml"], three["application/vnd.plotly.v1+json"]
    expect(len(svgs) == 5 and all("Experiment26" in svg for svg in svgs[:4]), "03: the four experiment charts show Experiment26")
    expect(len(svgs) == 5 and "413 runs" in svgs[4], "03: the scaling chart counts the 50MB partition's 413 runs")
    expect(len(figures) == 5 and all("Experiment26" in figure for figure in figures[:4]), "03: the four interactive experiment figures show Experiment26")
    four = outputs("04-partition-cost")
    expect(re.search(r"50MB\s+413\s+11\.89", four["stdout"]) is not None, "04: the partition table counts Experiment26's runs in 50MB")
    five = outputs("05-data-quality")
    expect(any("Experiment26 (3)" in svg for svg in five["image/svg+xml"]), "05: the distribution chart has a box for Experiment26")
    print(f"{len(checks) - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
