"""Schedule planner with calendar and datetime."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

calendar.setfirstweekday(calendar.MONDAY)
print(calendar.month(2026, 12))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2027, 2, w=3, l=1))
print(calendar.isleap(2024), calendar.leapdays(2000, 2030), calendar.monthrange(2027, 2))
print(calendar.weekday(2026, 12, 5), calendar.day_name[calendar.weekday(2026, 12, 5)], list(calendar.month_abbr)[1:4])
print(calendar.monthcalendar(2026, 11)[0], calendar.firstweekday())
print([d for d in calendar.Calendar().itermonthdates(2026, 3)][:3])


def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n >= 0 else days[n]


print("thanksgiving 2026:", nth_weekday(2026, 11, calendar.THURSDAY, 3))
print("last friday of jan 2027:", nth_weekday(2027, 1, calendar.FRIDAY, -1))

start = date(2026, 12, 5)
holidays = {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}


def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in holidays:
            n -= 1
    return d


for n in (1, 5, 10, 20):
    due = add_business_days(start, n)
    print(f"{n:>2} business days after {start:%a %d %b}: {due:%a %d %b %Y} (week {due.isocalendar()[1]})")

meetings = [
    ("standup", datetime(2026, 12, 7, 9, 30), timedelta(minutes=15)),
    ("review", datetime(2026, 12, 7, 14, 0), timedelta(hours=1, minutes=30)),
    ("retro", datetime(2026, 12, 7, 15, 15), timedelta(minutes=45)),
    ("1:1", datetime(2026, 12, 7, 16, 30), timedelta(minutes=30)),
]
for (a, sa, da), (b, sb, db) in zip(meetings, meetings[1:]):
    if sa + da > sb:
        print(f"conflict: {a} ends {(sa + da).time()} after {b} starts {sb.time()}")
    else:
        print(f"gap {a}->{b}: {sb - (sa + da)}")
total = sum((d for _, _, d in meetings), timedelta())
print("total", total, total.total_seconds(), total // timedelta(minutes=1), total / 4)

d = datetime(2026, 12, 5, 13, 45, 30, 123456)
print(d, repr(d), d.isoformat(sep=" ", timespec="milliseconds"), d.timestamp() if d.tzinfo else "naive")
utc = d.replace(tzinfo=timezone.utc)
ny = utc.astimezone(timezone(timedelta(hours=-5), "EST"))
print(utc, ny, ny.tzname(), ny.utcoffset(), utc.timestamp(), utc == ny)
print(datetime.fromisoformat("2026-12-05T08:00:00+02:00"), date.fromisoformat("2026-12-05").toordinal())
print(date(2026, 1, 1) - date(2025, 1, 1), (date(2027, 3, 1) - timedelta(days=1)).day, date.fromordinal(739000))
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time(12).strftime("%I:%M %p"))
print(timedelta(days=-1, seconds=5), timedelta(weeks=1, hours=-1), abs(timedelta(hours=-3)), timedelta(microseconds=1.5))
print(f"{d:%Y-%m-%dT%H:%M:%S.%f} {d:%b %d, %Y} {date(2026, 12, 5):%A %B %-d}" if False else f"{d:%Y-%m-%dT%H:%M:%S.%f} {d:%b %d, %Y}")
print(datetime.strptime("2026-W49-6", "%G-W%V-%u").date(), date(2026, 12, 5).isocalendar())
print(sorted([date(2026, 5, 1), date(2025, 12, 31), date(2026, 1, 15)]), max(meetings, key=lambda m: m[2])[0])
try:
    date(2027, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("31/02/2026", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.now() - datetime.now(timezone.utc)
except TypeError as e:
    print("TypeError:", e)
