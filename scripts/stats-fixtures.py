#!/usr/bin/python3
"""Writes test/fixtures/stats-scipy.json: SciPy's answers for the cases test/stats/ checks src/stats/ against.

Run with Debian's python3-scipy: /usr/bin/python3 scripts/stats-fixtures.py [--check]
--check writes nothing and fails if the committed file differs from what this SciPy gives (CI runs it).
Deterministic: inputs come from a seeded NumPy generator and the bundled data file.
"""
import json
import re
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy import optimize, stats

ROOT = Path(__file__).resolve().parent.parent
rng = np.random.default_rng(20261201)


def floats(a):
    return [float(v) for v in a]


def experiments(path):
    """The bundled file's runs per experiment: a header line ExperimentN, then a JSON list."""
    text = path.read_text(encoding="utf-8")
    parts = re.split(r"^(Experiment\d+)\s*$", text, flags=re.M)
    runs = {}
    for name, body in zip(parts[1::2], parts[2::2]):
        runs.setdefault(name, []).extend(json.loads(body))
    return runs


def column(runs, key):
    return [float(r[key]) for r in runs if r.get(key) is not None]


def t_quantile(p, df):
    guess = stats.t.ppf(p, df)
    return float(optimize.brentq(lambda t: stats.t.cdf(t, df) - p, guess - 1e-6 * (1 + abs(guess)), guess + 1e-6 * (1 + abs(guess)), xtol=1e-300, rtol=1e-15))


def mwu_case(name, x, y):
    r = stats.mannwhitneyu(x, y, alternative="two-sided", method="auto")
    tied = len(np.unique(np.concatenate([x, y]))) < len(x) + len(y)
    method = "exact" if min(len(x), len(y)) <= 8 and not tied else "asymptotic"
    return {"name": name, "x": floats(x), "y": floats(y), "u": float(r.statistic), "p": float(r.pvalue), "method": method}


def welch_case(name, x, y):
    r = stats.ttest_ind(x, y, equal_var=False)
    return {"name": name, "x": floats(x), "y": floats(y), "t": float(r.statistic), "p": float(r.pvalue)}


def interval_case(name, x, confidence=0.95):
    x = np.asarray(x, dtype=float)
    low, high = stats.t.interval(confidence, len(x) - 1, loc=np.mean(x), scale=stats.sem(x))
    return {"name": name, "x": floats(x), "confidence": confidence, "low": float(low), "high": float(high)}


def bootstrap_case(name, x, resamples=100_000):
    x = np.asarray(x, dtype=float)
    r = stats.bootstrap((x,), np.median, confidence_level=0.95, method="percentile", n_resamples=resamples, random_state=np.random.default_rng(7))
    values, counts = np.unique(r.bootstrap_distribution, return_counts=True)
    return {
        "name": name, "x": floats(x), "resamples": resamples,
        "low": float(r.confidence_interval.low), "high": float(r.confidence_interval.high),
        "values": floats(values), "ecdf": floats(np.cumsum(counts) / resamples),
    }


def main():
    runs = experiments(ROOT / "data" / "All Experiments.txt")
    cpu = {name: np.asarray(column(r, "total_cpu_time (seconds)")) for name, r in runs.items()}
    mem = {name: np.asarray(column(r, "total_cpu_memory (MB)")) for name, r in runs.items()}
    normal = lambda n, mu=10, sd=1: np.round(rng.normal(mu, sd, n), 6)
    ints = lambda n, hi: rng.integers(0, hi, n).astype(float)
    fixtures = {
        "scipy": scipy.__version__,
        "t": [{"x": x, "df": df, "cdf": float(stats.t.cdf(x, df))} for df in (1, 2.5, 7, 30, 211.7) for x in (-40, -3.1, -0.2, 0.7, 2.5)],
        # t.ppf (Cephes' stdtrit) is off by up to ~2e-9 for fractional df; "q" solves SciPy's own t.cdf for p instead.
        "tQuantile": [{"p": p, "df": df, "ppf": float(stats.t.ppf(p, df)), "q": t_quantile(p, df)} for df in (1, 2.5, 7, 30, 211.7, 1e5) for p in (0.005, 0.025, 0.3, 0.975)],
        "normal": [{"z": z, "cdf": float(stats.norm.cdf(z)), "sf": float(stats.norm.sf(z))} for z in (-37, -8.5, -1.96, -0.3, 0, 0.8, 3.3)],
        "normalQuantile": [{"p": p, "z": float(stats.norm.ppf(p))} for p in (1e-300, 1e-12, 0.001, 0.025, 0.4, 0.5, 0.975, 0.999999)],
        "mannWhitney": [
            mwu_case("exact, 5 vs 7", normal(5), normal(7, 11)),
            mwu_case("exact, 8 vs 40", normal(8), normal(40, 10.5)),
            mwu_case("exact, 3 vs 3, identical ranks interleaved", np.array([1.0, 3.0, 5.0]), np.array([2.0, 4.0, 6.0])),
            mwu_case("ties, 6 vs 6 -> asymptotic", ints(6, 4), ints(6, 4)),
            mwu_case("ties, 60 vs 45", ints(60, 9), ints(45, 9) + 1),
            mwu_case("no ties, 30 vs 25", normal(30), normal(25, 10.4)),
            mwu_case("every value equal", np.full(12, 3.5), np.full(9, 3.5)),
            mwu_case("Experiment16 vs Experiment21, CPU time", cpu["Experiment16"], cpu["Experiment21"]),
            mwu_case("Experiment7 vs Experiment11, CPU time", cpu["Experiment7"], cpu["Experiment11"]),
            mwu_case("Experiment21 vs Experiment22, CPU time", cpu["Experiment21"], cpu["Experiment22"]),
            mwu_case("Experiment1 vs Experiment21, memory", mem["Experiment1"], mem["Experiment21"]),
        ],
        "welch": [
            welch_case("5 vs 7", normal(5), normal(7, 11, 3)),
            welch_case("2 vs 2", np.array([1.0, 2.0]), np.array([4.0, 7.5])),
            welch_case("60 vs 45, integers", ints(60, 9), ints(45, 9) + 1),
            welch_case("Experiment16 vs Experiment21, CPU time", cpu["Experiment16"], cpu["Experiment21"]),
            welch_case("Experiment7 vs Experiment11, CPU time", cpu["Experiment7"], cpu["Experiment11"]),
        ],
        "meanInterval": [
            interval_case("2 values", [3.0, 5.5]),
            interval_case("7 values, 99%", normal(7, 100, 5), 0.99),
            interval_case("Experiment16, CPU time", cpu["Experiment16"]),
            interval_case("Experiment2, memory", mem["Experiment2"]),
        ],
        "bootstrap": [
            bootstrap_case("15 values (odd)", normal(15)),
            bootstrap_case("20 values (even)", normal(20)),
            bootstrap_case("12 values with ties (even)", ints(12, 5)),
            bootstrap_case("Experiment2, CPU time (20 runs)", cpu["Experiment2"]),
        ],
    }
    out = ROOT / "test" / "fixtures" / "stats-scipy.json"
    text = json.dumps(fixtures, indent=1) + "\n"
    if "--check" in sys.argv[1:]:
        if out.read_text(encoding="utf-8") != text:
            sys.exit(f"{out.relative_to(ROOT)} differs from what SciPy {scipy.__version__} gives: run scripts/stats-fixtures.py")
        print(f"{out.relative_to(ROOT)} matches SciPy {scipy.__version__}", file=sys.stderr)
        return
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
