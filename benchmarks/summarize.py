#!/usr/bin/env python3
"""Turns a JMH JSON result (benchmarks/target/jmh-full.json) into the Markdown tables of RESULTS.md.

Optional helper: the numbers themselves are in JMH's own output (target/jmh-<mode>.txt).
Usage: python3 benchmarks/summarize.py benchmarks/target/jmh-full.json
"""
import json
import sys


def load(path):
    rows = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        key = name[-2] + "." + name[-1]
        params = r.get("params") or {}
        if params:
            key += "[" + ",".join(f"{k}={v}" for k, v in params.items()) + "]"
        p = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        rows[key] = (p["score"], p["scoreError"], p["scoreUnit"], alloc)
    return rows


def fmt(x):
    if isinstance(x, str) or x != x:  # JMH writes "NaN" when there is no error estimate
        return "n/a"
    return f"{x:,.3f}" if abs(x) < 10 else f"{x:,.1f}" if abs(x) < 1000 else f"{x:,.0f}"


def table(rows, keys, base=None):
    print("| benchmark | score | ± error (99.9%) | unit | alloc B/op |" + (f" ratio to {base} |" if base else ""))
    print("|---|---:|---:|---|---:|" + ("---:|" if base else ""))
    for k in keys:
        if k not in rows:
            print(f"| {k} | not run | | | |" + (" |" if base else ""))
            continue
        s, e, u, a = rows[k]
        line = f"| {k} | {fmt(s)} | {fmt(e)} | {u} | {fmt(a) if a is not None else ''} |"
        if base:
            line += f" {s / rows[base][0]:.2f}x |" if base in rows else " |"
        print(line)
    print()


def main():
    rows = load(sys.argv[1])
    a = "ApplyCommandBenchmark."
    print("### 1. Apply one command (ratio = time / core's time)\n")
    table(rows, [a + x for x in ["core", "coreApplyEvent", "handWritten", "stateless4j", "squirrel", "spring"]], a + "core")
    l = "LifecycleBenchmark."
    print("### 2. Full lifecycle, 8 commands (ratio = time / core's time)\n")
    table(rows, [l + x for x in ["core", "stateless4j", "handWritten"]], l + "core")
    g = "GraphQueryBenchmark."
    print("### 3. Is this command allowed? (ratio = time / hand-written switch)\n")
    table(rows, [g + x for x in ["stateGraph", "handWritten"]], g + "handWritten")
    h = "HistoryBenchmark."
    print("### 5. Replay and append\n")
    table(rows, [f"{h}replay[events={n}]" for n in (1000, 10000, 100000)], h + "replay[events=1000]")
    table(rows, [f"{h}append[events={n}]" for n in (1000, 10000, 100000)], h + "append[events=1000]")
    for n in (1000, 10000, 100000):
        k = f"{h}replay[events={n}]"
        if k in rows:
            print(f"- replay of {n:,} events: {rows[k][0] * 1000 / n:,.0f} ns and {rows[k][3] / n:,.0f} B per event")
    r1, r10, r100 = (rows.get(f"{h}replay[events={n}]") for n in (1000, 10000, 100000))
    if r1 and r10:
        print(f"- 10k/1k = {r10[0] / r1[0]:.2f} (linear = 10)")
    if r10 and r100:
        print(f"- 100k/10k = {r100[0] / r10[0]:.2f} (linear = 10)")
    print()
    j = "JsonBenchmark."
    print("### 4. JSON (ratio = time / the POJO's time for the same operation)\n")
    for op in ["RoundTrip", "Write", "Read"]:
        table(rows, [j + "module" + op, j + "pojo" + op], j + "pojo" + op)
    print("### 6. Rules: assess 100,000 open cases, one thread\n")
    table(rows, [f"RulesBenchmark.assessAll[pack={p}]" for p in ("DK", "NO", "SE")])


if __name__ == "__main__":
    main()
