#!/usr/bin/env python3
"""Aggregates `jfr print --stack-depth 64 --events jdk.ExecutionSample` output over a time window:
top frames and the nearest project (io.subnetstorage) frame. Usage: jfr-window.py print.txt t0ms t1ms [n]"""
import re, sys, collections, datetime
text = open(sys.argv[1]).read()
t0, t1 = int(sys.argv[2]), int(sys.argv[3])
n = int(sys.argv[4]) if len(sys.argv) > 4 else 25
top, proj, incl, threads = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
total = 0
day = t0 - t0 % 86400000
for ev in text.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'startTime = (\d\d):(\d\d):(\d\d)\.(\d+)', ev)
    # jfr prints the local wall-clock time of day only; the window is inside one UTC day on this machine.
    h, mi, se, frac = m.groups()
    ms = day + ((int(h) * 60 + int(mi)) * 60 + int(se)) * 1000 + int(frac[:3].ljust(3, '0'))
    if not (t0 <= ms <= t1):
        continue
    th = re.search(r'sampledThread = "([^"]*)"', ev)
    threads[re.sub(r'\d+', 'N', th.group(1)) if th else '?'] += 1
    frames = re.findall(r'^\s+([\w$.<>/]+\.[\w$<>]+)\(', ev.split("stackTrace = [")[1], re.M)
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    p = next((f for f in frames if f.startswith("io.subnetstorage")), "(none)")
    proj[p] += 1
    for f in set(frames):
        incl[f] += 1
print(f"samples in window: {total}")
for title, c in (("top frames", top), ("nearest project frame", proj), ("inclusive", incl), ("threads", threads)):
    print(f"\n## {title}")
    for k, v in c.most_common(n if title != "inclusive" else 3 * n):
        print(f"{100.0 * v / max(total, 1):5.1f}%  {v:6d}  {k}")
