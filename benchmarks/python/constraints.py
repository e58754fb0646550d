"""A small finite-domain constraint solver (arc consistency plus backtracking) built on a deep class
hierarchy of constraints, solving a batch of seeded graph-colouring and queens problems."""
import random
import sys


class Variable:
    __slots__ = ("name", "domain")

    def __init__(self, name, domain):
        self.name = name
        self.domain = list(domain)


class Constraint:
    """Base: a relation over some variables; subclasses say which values are allowed."""

    def __init__(self, variables):
        self.variables = variables

    def involves(self, var):
        return var in self.variables

    def allowed(self, values):
        raise NotImplementedError

    def weight(self):
        return 1


class BinaryConstraint(Constraint):
    def __init__(self, x, y):
        super().__init__((x, y))
        self.x = x
        self.y = y

    def other(self, var):
        return self.y if var is self.x else self.x

    def allowed(self, values):
        return self.check(values[0], values[1])

    def supported(self, var, value, other_domain):
        if var is self.x:
            return any(self.check(value, w) for w in other_domain)
        return any(self.check(w, value) for w in other_domain)

    def check(self, a, b):
        raise NotImplementedError


class DifferenceConstraint(BinaryConstraint):
    """Constrains the difference y - x: subclasses give the forbidden differences."""

    def forbidden(self):
        return (0,)

    def check(self, a, b):
        return (b - a) not in self.forbidden()


class NotEqual(DifferenceConstraint):
    def weight(self):
        return 2


class OffsetNotEqual(DifferenceConstraint):
    def __init__(self, x, y, offset):
        super().__init__(x, y)
        self.offset = offset

    def forbidden(self):
        return (0, self.offset, -self.offset)

    def weight(self):
        return super().weight() + 1


class QueenPair(OffsetNotEqual):
    """Two queens in rows i < j: not the same column, not the same diagonal."""

    def __init__(self, x, y, row_gap):
        super().__init__(x, y, row_gap)


class Problem:
    def __init__(self):
        self.variables = []
        self.constraints = []
        self.nodes = 0

    def var(self, name, domain):
        v = Variable(name, domain)
        self.variables.append(v)
        return v

    def add(self, c):
        self.constraints.append(c)

    def neighbours(self):
        table = {v.name: [] for v in self.variables}
        for c in self.constraints:
            table[c.x.name].append((c.x, c))
            table[c.y.name].append((c.y, c))
        return table

    def revise(self, var, c, domains):
        other = c.other(var)
        kept = [v for v in domains[var.name] if c.supported(var, v, domains[other.name])]
        changed = len(kept) != len(domains[var.name])
        domains[var.name] = kept
        return changed

    def propagate(self, domains, table):
        queue = [(c.x, c) for c in self.constraints] + [(c.y, c) for c in self.constraints]
        while queue:
            var, c = queue.pop()
            if self.revise(var, c, domains):
                if not domains[var.name]:
                    return False
                for w, c2 in table[var.name]:
                    if c2 is not c:
                        queue.append((c2.other(w), c2))
        return True

    def solve(self):
        table = self.neighbours()
        domains = {v.name: list(v.domain) for v in self.variables}
        return self.search(domains, table)

    def search(self, domains, table):
        self.nodes += 1
        if not self.propagate(domains, table):
            return None
        open_vars = [v for v in self.variables if len(domains[v.name]) > 1]
        if not open_vars:
            return {name: d[0] for name, d in domains.items()}
        var = min(open_vars, key=lambda v: (len(domains[v.name]), -sum(c.weight() for _, c in table[v.name])))
        for value in domains[var.name]:
            trial = {k: list(d) for k, d in domains.items()}
            trial[var.name] = [value]
            found = self.search(trial, table)
            if found is not None:
                return found
        return None


def colouring(rng, nodes, edges, colours):
    p = Problem()
    vs = [p.var("n%d" % i, range(colours)) for i in range(nodes)]
    seen = set()
    while len(seen) < edges:
        a, b = rng.randrange(nodes), rng.randrange(nodes)
        if a != b and (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            p.add(NotEqual(vs[min(a, b)], vs[max(a, b)]))
    return p


def queens(n):
    p = Problem()
    vs = [p.var("q%d" % i, range(n)) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            p.add(QueenPair(vs[i], vs[j], j - i))
    return p


def run(n):
    rng = random.Random(20240601)
    solved = 0
    nodes = 0
    checksum = 0
    for k in range(n):
        p = colouring(rng, 24, 50, 4) if k % 2 == 0 else queens(8 + k % 5)
        sol = p.solve()
        nodes += p.nodes
        if sol is not None:
            solved += 1
            for name in sorted(sol):
                checksum = (checksum * 7 + sol[name] + 1) % 1000000007
    return "%d %d %d" % (solved, nodes, checksum)


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
