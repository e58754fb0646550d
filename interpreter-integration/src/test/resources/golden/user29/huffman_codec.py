"""Huffman coding with heapq: build the tree, encode to bits, pack to bytes, decode, and report."""
import heapq
from collections import Counter
from dataclasses import dataclass, field
from itertools import count
from typing import Optional


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    @property
    def is_leaf(self):
        return self.symbol is not None


def build_tree(text):
    tie = count()
    heap = [Node(w, next(tie), s) for s, w in sorted(Counter(text).items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        only = heapq.heappop(heap)
        return Node(only.weight, next(tie), left=only)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, next(tie), left=a, right=b))
    return heap[0]


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node is None:
        return table
    if node.is_leaf:
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    bits = "".join(table[c] for c in text)
    pad = -len(bits) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad


def decode(data, pad, root, n):
    bits = "".join(f"{b:08b}" for b in data)
    bits = bits[:len(bits) - pad] if pad else bits
    out, node = [], root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf:
            out.append(node.symbol)
            node = root
            if len(out) == n:
                break
    return "".join(out)


SAMPLES = [
    "abracadabra",
    "the rain in spain stays mainly in the plain",
    "aaaaaaaa",
    "Ünïcödé → symbols ✓✓✓",
]
for text in SAMPLES:
    root = build_tree(text)
    table = codes(root)
    data, pad = encode(text, table)
    back = decode(data, pad, root, len(text))
    raw_bits = len(text.encode()) * 8
    enc_bits = len(data) * 8 - pad
    print(f"{text[:24]!r:27} {len(table):2} symbols {raw_bits:4} -> {enc_bits:3} bits "
          f"({enc_bits / raw_bits:6.1%}) ok={back == text} bytes={data[:6].hex(' ')}")
root = build_tree(SAMPLES[0])
for sym, code in sorted(codes(root).items(), key=lambda kv: (len(kv[1]), kv[1])):
    print(f"  {sym!r} {code:>5} x{SAMPLES[0].count(sym)}")
print(root, root < Node(root.weight + 1, 0), heapq.nsmallest(2, [Node(3, 1, "x"), Node(1, 2, "y"), Node(1, 0, "z")]))
entropy = __import__("math").fsum(-p * __import__("math").log2(p) for p in
                                  (c / len(SAMPLES[1]) for c in Counter(SAMPLES[1]).values()))
print(f"entropy {entropy:.4f} bits/symbol, average code "
      f"{sum(len(codes(build_tree(SAMPLES[1]))[c]) for c in SAMPLES[1]) / len(SAMPLES[1]):.4f}")
try:
    build_tree("")
except IndexError as e:
    print("empty:", e)
