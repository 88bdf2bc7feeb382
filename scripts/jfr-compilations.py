#!/usr/bin/env python3
"""Where the JIT's time goes: aggregates `jfr print --events jdk.Compilation` output over a window of seconds from
the first compilation, C2 only, by method name cut to N dotted parts (3: by package, 0: whole method names).
Record with `-XX:StartFlightRecording=...,settings=profile,compiler=all`: without `compiler=all` the profile keeps
only compilations of 100 ms and more.
Durations are wall time, so on a busy machine they include the time the compiler thread waited for a CPU.
Usage: jfr-compilations.py print.txt FROM_S TO_S [N] [TOP]"""
import collections, re, sys

path, lo, hi = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
parts = int(sys.argv[4]) if len(sys.argv) > 4 else 3
top = int(sys.argv[5]) if len(sys.argv) > 5 else 20
UNIT_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}


def seconds(clock):
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


events = {}
for block in open(path).read().split("jdk.Compilation {")[1:]:
    field = dict(re.findall(r"^\s*(\w+) = (.*)$", block, re.M))
    # A print can hold one compilation twice (seen when a recording was dumped to the file the JVM then wrote at
    # exit): count each compileId once.
    events.setdefault(field["compileId"], field)
start = min(seconds(e["startTime"]) for e in events.values())
by_name, count = collections.Counter(), collections.Counter()
for e in events.values():
    at = seconds(e["startTime"]) - start
    if lo <= at < hi and e["compiler"].strip('"') == "c2":
        value, unit = e["duration"].split()
        name = e["method"].split("(")[0]
        key = ".".join(name.split(".")[:parts]) if parts > 0 else name
        by_name[key] += float(value) * UNIT_MS[unit]
        count[key] += 1
total = sum(by_name.values())
print(f"C2 wall time of compilations started in [{lo:g} s, {hi:g} s): {total:.0f} ms")
for key, ms in by_name.most_common(top):
    print(f"{ms:8.0f} ms {100 * ms / total if total else 0:5.1f} % {count[key]:4d}  {key}")
