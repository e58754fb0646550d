"""Rate limiting simulation: token buckets per client over a fixed request trace, with a sliding-window check."""
import bisect
import heapq
from collections import defaultdict, deque
from dataclasses import dataclass, field


@dataclass
class Bucket:
    rate: float
    capacity: float
    tokens: float = field(init=False)
    last: float = 0.0

    def __post_init__(self):
        self.tokens = self.capacity

    def allow(self, now, cost=1.0):
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = defaultdict(deque)

    def allow(self, client, now):
        q = self.hits[client]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False


trace = []
for client, start, gap, n in [("alpha", 0.0, 0.1, 30), ("beta", 0.5, 0.5, 10), ("gamma", 1.0, 0.05, 40)]:
    trace.extend((round(start + i * gap, 3), client) for i in range(n))
heapq.heapify(trace)
ordered = [heapq.heappop(trace) for _ in range(len(trace))]
print(len(ordered), ordered[:4], ordered[-1])

buckets = defaultdict(lambda: Bucket(rate=5, capacity=5))
window = SlidingWindow(limit=8, window=1.0)
stats = defaultdict(lambda: [0, 0, 0])
first_reject = {}
for now, client in ordered:
    ok_b = buckets[client].allow(now)
    ok_w = window.allow(client, now)
    s = stats[client]
    s[0] += 1
    s[1] += ok_b
    s[2] += ok_w
    if not ok_b and client not in first_reject:
        first_reject[client] = now
for client in sorted(stats):
    total, b_ok, w_ok = stats[client]
    print(f"{client:6} total={total:3} bucket_ok={b_ok:3} ({b_ok / total:6.1%}) window_ok={w_ok:3} "
          f"first_reject={first_reject.get(client)} tokens_left={buckets[client].tokens:.2f}")
times = [t for t, c in ordered if c == "gamma"]
lo, hi = bisect.bisect_left(times, 1.5), bisect.bisect_right(times, 2.0)
print("gamma requests in [1.5, 2.0]:", hi - lo, times[lo:lo + 3])
b = Bucket(rate=0.5, capacity=2)
print(b, [b.allow(t) for t in (0, 0, 0, 1, 2, 4, 4)], round(b.tokens, 3))
