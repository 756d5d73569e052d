"""Child of the benchmark: the seed's pandas code on one results file, timed, with both tables as JSON.

The parsing, coercion and partition table follow the seed's notebook cell (regex over the whole
text, json.loads per section, DataFrame, to_numeric(errors="coerce"), groupby). The seed built its
experiment summary elsewhere; here it is the same groupby per experiment, which needs the header's
name, so the regex also captures it.
"""
import json
import re
import resource
import sys
import time
from pathlib import Path

import pandas as pd

start = time.perf_counter()
raw = Path(sys.argv[1]).read_text()
pattern = re.compile(r"(Experiment\d+)\s*\n(\[.*?\])", re.S)
all_runs, experiments = [], []
for match in pattern.finditer(raw):
    runs = json.loads(match.group(2))
    all_runs.extend(runs)
    experiments.extend([match.group(1)] * len(runs))

df = pd.DataFrame(all_runs)
df["experiment"] = experiments
numeric_cols = [
    "total_cpu_time (seconds)",
    "total_cpu_memory (MB)",
    "execution_time (seconds/batch)",
    "throughput_bps",
    "sample_persec",
    "num_batches",
]
for col in numeric_cols:
    df[col] = pd.to_numeric(df[col], errors="coerce")
df["partition"] = df["data_path"].str.split("/").str[0]
df["duration_s"] = df["total_cpu_time (seconds)"]

partitions = (
    df.groupby("partition")
    .agg(
        Requests=("partition", "size"),
        Duration_s=("duration_s", "mean"),
        Memory_GB=("total_cpu_memory (MB)", lambda x: x.mean() / 1024),
    )
    .reset_index()
)
partitions["Cost ($)"] = partitions["partition"].map({"25MB": 0.16, "50MB": 0.20, "75MB": 0.30, "100MB": 0.38})
partitions["Duration_s"] = partitions["Duration_s"].round(2)
partitions["Memory_GB"] = partitions["Memory_GB"].round(1)
partitions["part_num"] = partitions["partition"].str.extract(r"(\d+)").astype(int)
partitions = partitions.sort_values("part_num").drop(columns="part_num")

summary = (
    df.groupby("experiment", sort=False)
    .agg(
        data_prefix=("partition", "first"),
        n_records=("partition", "size"),
        avg_total_cpu_time_seconds=("total_cpu_time (seconds)", "mean"),
        avg_total_cpu_memory_mb=("total_cpu_memory (MB)", "mean"),
        avg_execution_time_seconds_batch=("execution_time (seconds/batch)", "mean"),
        avg_throughput_bps=("throughput_bps", "mean"),
        avg_sample_persec=("sample_persec", "mean"),
    )
    .reset_index()
)
summary.insert(2, "file_limit", [[2, 4, 6, 8, 10][i % 5] for i in range(len(summary))])
summary["avg_throughput_MBps"] = summary["avg_throughput_bps"] / 1e6
summary["exp_num"] = summary["experiment"].str.extract(r"(\d+)").astype(int)
summary = summary.sort_values("exp_num").drop(columns="exp_num")
ms = (time.perf_counter() - start) * 1000


def records(frame):
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


tables = {"summary": records(summary), "partitions": records(partitions)}
max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"ms": ms, "maxRss": max_rss, "runs": len(df), "tables": tables, "pandas": pd.__version__}))
