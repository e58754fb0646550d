"""A parallel inverted-index builder: worker threads tokenize documents and merge into shared structures under
`with atomic:` (a lock under CPython); threading.local scratch space, contextvars per thread, a queue of jobs with
sentinels, a Barrier between phases, and results checked against a sequential build."""
import contextvars
import queue
import re
import threading
from collections import Counter, defaultdict

try:
    atomic
except NameError:
    atomic = threading.RLock()

DOCS = {f"doc{i:02d}": " ".join(w for j, w in enumerate(
    "the quick brown fox jumps over the lazy dog while a cat naps in warm sun near old mill".split())
    if (i * 7 + j * 3) % 5 != 0) + f" token{i % 4}" for i in range(24)}
WORD = re.compile(r"[a-z]+\d*")
worker_name = contextvars.ContextVar("worker_name", default="main")


def sequential():
    idx = defaultdict(set)
    freq = Counter()
    for doc, text in DOCS.items():
        for w in WORD.findall(text):
            idx[w].add(doc)
            freq[w] += 1
    return idx, freq


index = defaultdict(set)
freq = Counter()
per_worker = {}
doc_lengths = {}
local = threading.local()
jobs = queue.Queue()
barrier = threading.Barrier(4)
phase2 = []


def worker(n):
    worker_name.set(f"w{n}")
    local.seen = 0
    local.words = Counter()
    while True:
        doc = jobs.get()
        if doc is None:
            jobs.task_done()
            break
        words = WORD.findall(DOCS[doc])
        local.seen += 1
        local.words.update(words)
        with atomic:
            for w in words:
                index[w].add(doc)
            freq.update(words)
            doc_lengths[doc] = len(words)
        jobs.task_done()
    with atomic:
        per_worker[worker_name.get()] = (local.seen, sum(local.words.values()))
    barrier.wait()
    # phase 2: each worker computes document frequency for its share of words, after all merging finished
    with atomic:
        words = sorted(index)
    mine = {w: len(index[w]) for w in words[n::4]}
    with atomic:
        phase2.append(mine)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for doc in sorted(DOCS):
    jobs.put(doc)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()

seq_idx, seq_freq = sequential()
print("index matches", dict(index) == dict(seq_idx), "freq matches", freq == seq_freq)
print("docs", len(doc_lengths), "words", sum(doc_lengths.values()), "distinct", len(index))
print("workers", sorted(per_worker), sum(s for s, _ in per_worker.values()), sum(w for _, w in per_worker.values()))
df = {}
for part in phase2:
    df.update(part)
print("df", sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print("top", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4], worker_name.get(), hasattr(local, "seen"))
print("token docs", {w: sorted(index[w])[:3] for w in ("token0", "token3")})

# the same merge with plain locks and a Condition-driven countdown
lock = threading.Lock()
done = threading.Condition(lock)
remaining = [len(DOCS)]
totals = Counter()


def count_doc(doc):
    c = Counter(WORD.findall(DOCS[doc]))
    with lock:
        totals.update(c)
        remaining[0] -= 1
        if remaining[0] == 0:
            done.notify_all()


pool = [threading.Thread(target=count_doc, args=(d,)) for d in DOCS]
for t in pool:
    t.start()
with done:
    ok = done.wait_for(lambda: remaining[0] == 0, timeout=30)
for t in pool:
    t.join()
print("lock merge", ok, totals == seq_freq, remaining)
ctx = contextvars.copy_context()
ctx.run(worker_name.set, "inside")
print(ctx[worker_name], worker_name.get(), len(list(ctx.items())) >= 1)
