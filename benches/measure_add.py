#!/usr/bin/env python3
"""Measures `parallax add DIR` into a fresh library end to end.

    python3 benches/measure_add.py target/release/parallax DIR [LIBRARY]

Prints articles/s by wall clock and by CPU time (user + system of every
thread), CPU per article, peak memory, bytes written (the kernel's count of
blocks the process wrote, rusage `ru_oublock`) and the library's size on disk.
On a shared machine the CPU figures are the steady ones. When the corpus
holds `gen_corpus.py`'s `.events.tsv`, the stories are then scored against its
events (pairwise precision and recall; not part of the timing).
"""

import json

import os
import resource
import subprocess
import sys
import time


def main():
    exe, corpus = sys.argv[1], sys.argv[2]
    library = sys.argv[3] if len(sys.argv) > 3 else "/tmp/parallax-measure.db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(library + suffix):
            os.remove(library + suffix)
    n = sum(1 for f in os.listdir(corpus) if not f.startswith("."))
    started = time.monotonic()
    proc = subprocess.Popen([exe, "--library", library, "add", corpus], stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    last = proc.stderr.read().decode(errors="replace").strip().splitlines()[-1:]
    cpu = usage.ru_utime + usage.ru_stime
    size = sum(os.path.getsize(library + s) for s in ("", "-wal") if os.path.exists(library + s))
    print(
        f"{n} articles: wall {wall:.1f} s = {n / wall:.0f}/s; CPU {cpu:.1f} s "
        f"(user {usage.ru_utime:.1f}, sys {usage.ru_stime:.1f}) = {1000 * cpu / n:.2f} ms/article "
        f"= {n / cpu:.0f}/s; peak RSS {usage.ru_maxrss / 1024:.0f} MiB; "
        f"written {usage.ru_oublock * 512 / 2**20:.0f} MiB; library {size / 2**20:.0f} MiB; "
        f"exit {os.waitstatus_to_exitcode(status)}; {' '.join(last)}"
    )
    events = os.path.join(corpus, ".events.tsv")
    if os.path.exists(events):
        print(grouping(exe, library, events))


def grouping(exe, library, events):
    """Pairwise precision and recall of the library's stories against the events."""
    with open(events, encoding="utf-8") as f:
        event = dict(line.rstrip("\n").split("\t") for line in f)
    listed = subprocess.run(
        [exe, "--library", library, "articles", "--json"], capture_output=True, check=True
    ).stdout
    rows = json.loads(listed)
    rows = rows.get("articles", rows) if isinstance(rows, dict) else rows
    stories, truth, both = {}, {}, {}
    for row in rows:
        name = os.path.basename(row["source"])
        if name not in event:
            continue
        s, e = row.get("story"), event[name]
        stories[s] = stories.get(s, 0) + 1
        truth[e] = truth.get(e, 0) + 1
        both[(s, e)] = both.get((s, e), 0) + 1
    pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts.values())
    b, s, e = pairs(both), pairs(stories), pairs(truth)
    return (
        f"grouping: {len(stories)} stories for {len(truth)} events; "
        f"pairwise precision {b / max(s, 1):.3f} recall {b / max(e, 1):.3f}"
    )


if __name__ == "__main__":
    main()
