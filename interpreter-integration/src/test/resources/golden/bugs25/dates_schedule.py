from datetime import date, datetime, time, timedelta, timezone
import calendar
start = date(2024, 1, 29)
def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
print([str(add_months(start, i)) for i in range(5)])
meetings = [datetime(2024, 3, 10, 9, 30), datetime(2024, 3, 9, 14, 0), datetime(2024, 3, 10, 8, 0)]
for m in sorted(meetings):
    print(m.strftime("%a %d %b %H:%M"), m.isoformat(), m.weekday(), m.isocalendar())
d1 = datetime(2024, 2, 28, 23, 0, tzinfo=timezone.utc)
d2 = d1.astimezone(timezone(timedelta(hours=5, minutes=30)))
print(d1, d2, d2 - d1, d2.utcoffset(), d2.tzname(), d1 == d2)
dur = timedelta(days=1, hours=25, minutes=61, seconds=-1)
print(dur, dur.total_seconds(), dur // timedelta(hours=1), dur % timedelta(hours=1), -dur, abs(-dur), dur * 1.5, dur / 3)
print(date.fromisoformat("2024-02-29") + timedelta(days=365), datetime.strptime("03/07/21 13:05", "%d/%m/%y %H:%M"))
print(datetime.fromisoformat("2024-05-06T07:08:09.5+02:00"), datetime(2020, 1, 1).timestamp() - datetime(2019, 12, 31).timestamp())
print(time(13, 5, 7, 250).isoformat(timespec="milliseconds"), time(1, 2) < time(1, 3), repr(time(0)), repr(date(2020, 1, 2)))
print(repr(timedelta(hours=-1)), repr(datetime(2020, 1, 1, 12)), (date(2024, 12, 25) - date(2024, 1, 1)).days, date.min, date.max)
errors = []
for f in [lambda: date(2024, 2, 30), lambda: date(2020, 1, 1) + 1, lambda: datetime(2020, 1, 1) - date(2020, 1, 1),
          lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: timedelta(1) * "x",
          lambda: date(2020, 1, 1)[0], lambda: len(timedelta(3)), lambda: datetime.strptime("2020", "%d"),
          lambda: time(25), lambda: date(2020, 1, 1) + timedelta(days=10**7), lambda: sum([timedelta(1), timedelta(2)]),
          lambda: int(date(2020, 1, 1)), lambda: date(2020, 1, 1) < 3, lambda: abs(date.today())]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Day(date):
    def is_weekend(self): return self.weekday() >= 5
d = Day(2024, 3, 9)
print(d, type(d).__name__, d.is_weekend(), type(d + timedelta(1)).__name__, Day.__name__, date.__name__, date.__qualname__)
print(datetime.__name__, timedelta.__name__, type(timezone.utc).__name__, repr(timezone.utc), str(timezone(timedelta(hours=-3))))
def business_days(a, b):
    n = 0
    while a < b:
        if a.weekday() < 5: n += 1
        a += timedelta(1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 4, 1)))
print(date(2024, 1, 1) - timedelta(days=1) + 1)
