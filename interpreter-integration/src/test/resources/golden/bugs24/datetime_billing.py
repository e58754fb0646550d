"""A billing calendar: date/time/datetime/timedelta arithmetic, fixed-offset timezones, strftime and
strptime with many directives, isoformat/fromisoformat, isocalendar, replace, comparisons and the errors of
mixing naive and aware values."""
from datetime import date, time, datetime, timedelta, timezone
import calendar

start = date(2024, 1, 31)
print(start + timedelta(days=30), start - date(2023, 12, 25), (start - date(2023, 12, 25)).days)
print(start.weekday(), start.isoweekday(), start.isocalendar(), tuple(start.isocalendar()), start.toordinal())
print(start.replace(day=29, month=2), date.fromordinal(738000), date.fromisoformat("2024-03-09"))
try:
    start.replace(month=2)
except ValueError as e:
    print("ValueError:", e)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    last = calendar.monthrange(y, m + 1)[1]
    return d.replace(year=y, month=m + 1, day=min(d.day, last))


print([str(add_months(start, k)) for k in range(0, 14, 3)])
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(-td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1), td / timedelta(minutes=1))
print(timedelta(microseconds=-1), timedelta(weeks=1, milliseconds=1), str(timedelta(days=-2, seconds=5)))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(0) == timedelta(), bool(timedelta(0)))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)

cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
t0 = datetime(2024, 3, 31, 1, 59, 30, 123456, tzinfo=cet)
print(t0, t0.isoformat(), t0.isoformat(timespec="seconds"), t0.isoformat(sep=" ", timespec="milliseconds"))
print(t0.astimezone(timezone.utc), t0.astimezone(ist), t0.utcoffset(), t0.tzname(), ist.tzname(None))
print(t0.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1e9, ist))
naive = datetime(2024, 3, 31, 1, 0)
try:
    print(naive < t0)
except TypeError as e:
    print("TypeError:", e)
try:
    naive - t0
except TypeError as e:
    print("TypeError:", e)
print(naive == t0, t0 - t0.astimezone(ist), t0 == t0.astimezone(ist), hash(t0) == hash(t0.astimezone(ist)))

fmt = "%Y-%m-%d %H:%M:%S.%f %z %Z | %a %A %b %B %j %U %W %w %y %I %p %%"
print(t0.strftime(fmt))
print(naive.strftime("%d/%m/%Y %H:%M %z|%Z|"), date(2024, 1, 1).strftime("%A %d %B %Y, week %V, %G-%u"))
print(time(13, 5, 7, 1000).strftime("%I:%M:%S %p %f"), f"{t0:%H.%M}", "{:%Y}".format(date(5, 1, 1)))
for s, f in [("2024-02-29 23:59:59", "%Y-%m-%d %H:%M:%S"), ("31/12/99 7PM", "%d/%m/%y %I%p"),
             ("Mon, 04 Mar 2024 10:00:00 +0530", "%a, %d %b %Y %H:%M:%S %z"), ("2023-02-29", "%Y-%m-%d"),
             ("12:00", "%H:%M:%S"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        d = datetime.strptime(s, f)
        print(d, d.tzinfo)
    except ValueError as e:
        print("ValueError:", e)

for s in ["2024-03-09T10:20:30", "2024-03-09T10:20:30.5+02:00", "2024-03-09 10:20", "2024-03-09T25:00", "bogus"]:
    try:
        print(repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print("ValueError:", e)
print(repr(time.fromisoformat("08:30:15.250")), time(23, 59) > time(1), time(1, tzinfo=ist).utcoffset())
print(datetime.combine(date(2024, 5, 6), time(7, 8)), datetime(2024, 1, 1).date(), t0.timetz(), t0.time())
print(datetime(2024, 1, 1) + timedelta(seconds=-1), datetime.max - datetime.min, date.max, date.min.isoformat())
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(sorted([datetime(2024, 1, 2), datetime(2023, 12, 31, 23), datetime(2024, 1, 1, 12)])[0].ctime())
print(repr(timezone.utc), repr(ist), str(ist), timezone(timedelta(0)) == timezone.utc, repr(date(2024, 2, 3)))
