"""Student grades with dataclasses and statistics."""
import statistics
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from operator import attrgetter, itemgetter
from itertools import groupby


@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    year: int
    scores: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.year, self.name)

    @property
    def mean(self):
        return statistics.mean(self.scores) if self.scores else 0.0

    @property
    def grade(self):
        m = self.mean
        for bound, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if m >= bound:
                return letter
        return "F"


raw = """ana 2 93 88 97 79
ben 1 55 61 70
chen 3 88 90 85 91 87
dara 2 72 68 81 77
eli 1 99 100 98
fay 3 60 58 62
gus 2 85
hana 1 77 83 79 90"""

students = []
for line in raw.splitlines():
    name, year, *scores = line.split()
    students.append(Student(name.title(), int(year), [int(s) for s in scores]))

students.sort()
for s in students:
    print(f"{s.name:<5} y{s.year} n={len(s.scores)} mean={s.mean:6.2f} grade={s.grade}")

print(students[0])
print(asdict(students[1]))
print(astuple(students[2]))
print([f.name for f in fields(Student)])
print(replace(students[3], name="Zed"))
print(students[0] < students[1], students[0] == replace(students[0]))

allscores = [x for s in students for x in s.scores]
print("mean", statistics.mean(allscores))
print("fmean", round(statistics.fmean(allscores), 6))
print("median", statistics.median(allscores), statistics.median_low(allscores), statistics.median_high(allscores))
print("mode", statistics.mode(allscores), statistics.multimode([1, 1, 2, 2, 3]))
print("stdev %.6f pstdev %.6f" % (statistics.stdev(allscores), statistics.pstdev(allscores)))
print("variance", round(statistics.variance(allscores), 6))
print("quantiles", statistics.quantiles(allscores, n=4))
print("deciles", statistics.quantiles(allscores, n=10, method="inclusive"))
print("harmonic", round(statistics.harmonic_mean([40, 60]), 6), "geometric", round(statistics.geometric_mean([1, 4, 16]), 6))
xs = [s.year for s in students]
ys = [s.mean for s in students]
print("correlation %.5f" % statistics.correlation(xs, ys))
slope, intercept = statistics.linear_regression(xs, ys)
print(f"regression slope={slope:.4f} intercept={intercept:.4f}")

for year, group in groupby(students, key=attrgetter("year")):
    group = list(group)
    best = max(group, key=attrgetter("mean"))
    print(f"year {year}: {len(group)} students, best {best.name} ({best.mean:.1f})")

ranking = sorted(((s.name, s.mean) for s in students), key=itemgetter(1), reverse=True)
for pos, (name, m) in enumerate(ranking, start=1):
    print("%d. %-5s %5.1f" % (pos, name, m))
nd = statistics.NormalDist.from_samples(allscores)
print(nd)
print(round(nd.cdf(90), 6), round(nd.inv_cdf(0.5), 6))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
