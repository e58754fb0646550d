"""json.dumps/json.loads timing (issue 10: the _json accelerator).

usage: json_codec.py KIND N REPS    KIND: records | deep | strings
  records: N records {"id": i, "name": "n%d" % i, "tags": ["a", "b"], "v": i / 3}
  deep:    N copies of a document nested 300 levels (dicts and lists alternating)
  strings: N strings of about 200 characters with quotes, backslashes, control and non-ASCII characters
Each repetition dumps the document and loads the text back; the first is the cold one. Prints, per repetition,
the thread CPU seconds of dumps and of loads, then `cold dumps=.. loads=..` and `warm dumps=.. loads=..` (the
median of the repetitions after the first), and a checksum (length of the text; the round trip is checked).
"""
import json
import sys
import time

cpu = getattr(time, "thread_time", None) or time.process_time


def records(n):
    return [{"id": i, "name": "n%d" % i, "tags": ["a", "b"], "v": i / 3} for i in range(n)]


def deep(n):
    docs = []
    for k in range(n):
        d = {"leaf": k, "s": "x"}
        for level in range(300):
            d = {"level": level, "child": d} if level % 2 else [level, d]
        docs.append(d)
    return docs


def strings(n):
    return ['line %d: "quoted" tab\t back\\slash \u00e9\u4e2d\U0001F600 \x01 ' % i * 4 for i in range(n)]


def median(v):
    v = sorted(v)
    m = len(v) // 2
    return v[m] if len(v) % 2 else (v[m - 1] + v[m]) / 2


def main():
    kind, n, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    doc = {"records": records, "deep": deep, "strings": strings}[kind](n)
    dumps, loads = [], []
    text = None
    for r in range(reps):
        t0 = cpu()
        text = json.dumps(doc)
        t1 = cpu()
        back = json.loads(text)
        t2 = cpu()
        if r == 0 and back != doc:
            print("round trip differs")
            sys.exit(1)
        dumps.append(t1 - t0)
        loads.append(t2 - t1)
        print("rep %d dumps=%.4f loads=%.4f" % (r, t1 - t0, t2 - t1))
    print("cold dumps=%.4f loads=%.4f" % (dumps[0], loads[0]))
    if reps > 1:
        print("warm dumps=%.4f loads=%.4f" % (median(dumps[1:]), median(loads[1:])))
    print("checksum", len(text))


if __name__ == "__main__":
    main()
