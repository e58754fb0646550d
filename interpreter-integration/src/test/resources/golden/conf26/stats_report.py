import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.6, 2.2, 3.1, 4.0]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode("aabbbccdd"), st.multimode([1, 1, 2, 2]))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6), round(st.pvariance(data), 6))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 2, 4]))
print(st.quantiles(data, n=4), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles(range(1, 101), n=10))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=1))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.mean([1, 2, 3, 4]))
print(st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]), st.pvariance([Decimal("1"), Decimal("3")]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y))
lr = st.linear_regression(x, y)
print(lr, lr.slope, lr.intercept)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4))
print(round(nd.pdf(100), 6), nd.quantiles(4), round(nd.overlap(st.NormalDist(110, 10)), 6), round(nd.zscore(130), 3))
print(nd + 5, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4, 5]))
for bad in ([], [1]):
    for fn in (st.mean, st.stdev, st.median, st.mode):
        try:
            fn(bad)
        except st.StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e)
try:
    st.geometric_mean([1, -1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("StatisticsError:", e)
scores = {"ann": [88, 92, 79], "bob": [70, 65, 90], "cy": [95, 91, 99]}
for name, s in scores.items():
    print(f"{name:4} mean={st.mean(s):6.2f} sd={st.stdev(s):6.2f} med={st.median(s)}")
