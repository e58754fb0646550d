# Meeting planner: datetime/date/timedelta arithmetic, calendar, strftime/strptime, isoformat, time zones.
import datetime as dt
import calendar

start = dt.date(2026, 1, 30)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), tuple(start.isocalendar()), start.isocalendar().week, start.toordinal())

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)

for n in range(0, 5):
    print("  +%d months: %s" % (n, add_months(start, n).strftime("%a %d %b %Y")))

def business_days(a, b):
    count = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            count += 1
        d += dt.timedelta(days=1)
    return count
print("business days in Feb 2026:", business_days(dt.date(2026, 2, 1), dt.date(2026, 3, 1)))

t = dt.datetime(2026, 3, 14, 15, 9, 26, 535897)
print(t, repr(t), t.isoformat(timespec="seconds"), t.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %p %I"))
print(t.date(), t.time(), t.timestamp() if t.tzinfo else "naive", t.replace(microsecond=0) + dt.timedelta(hours=10))
parsed = dt.datetime.strptime("2026-12-04 07:05", "%Y-%m-%d %H:%M")
print(parsed, parsed - t, (parsed - t).days, (parsed - t).total_seconds(), dt.datetime.fromisoformat("2026-05-01T12:30:00"))
d = dt.timedelta(days=1, hours=25, minutes=-30, seconds=3.5)
print(d, d.days, d.seconds, d.microseconds, -d, d * 2, d / 3, d // dt.timedelta(hours=1), abs(-d))
print(dt.timedelta(weeks=2) > dt.timedelta(days=13), dt.timedelta(0) == dt.timedelta(), str(dt.timedelta(microseconds=1)))

utc = dt.timezone.utc
cet = dt.timezone(dt.timedelta(hours=1), "CET")
ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
meeting = dt.datetime(2026, 6, 1, 9, 0, tzinfo=cet)
for tz in (utc, ist, dt.timezone(dt.timedelta(hours=-7))):
    local = meeting.astimezone(tz)
    print(f"{local:%Y-%m-%d %H:%M %Z %z}", local.utcoffset(), local.tzname())
print(meeting.isoformat(), meeting.timestamp(), dt.datetime.fromtimestamp(0, utc), meeting == meeting.astimezone(utc))
print(dt.datetime.fromisoformat("2026-06-01T09:00:00+01:00") == meeting, dt.datetime.min, dt.date.max, dt.time(23, 59, 59, 999999))

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2026, 2))
print(calendar.isleap(2024), calendar.isleap(2100), calendar.leapdays(2000, 2030), calendar.weekday(2026, 12, 25))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[1:4], calendar.monthrange(2024, 2))
print([w for w in calendar.Calendar().monthdayscalendar(2026, 3)][0], calendar.timegm((2026, 1, 1, 0, 0, 0)))
birthdays = {"ann": dt.date(1990, 2, 28), "ben": dt.date(2000, 2, 29), "cy": dt.date(1985, 12, 31)}
today = dt.date(2026, 2, 28)
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(f"{name:4} born {b:%d.%m.%Y} age {age:3d} weekday {calendar.day_name[b.weekday()]}")
print(dt.date.fromisocalendar(2026, 1, 1), dt.date(2026, 1, 1) - dt.date(2025, 1, 1), dt.date(2026, 3, 1).replace(day=1) - dt.timedelta(days=1))
print(sorted([dt.time(12), dt.time(9, 30), dt.time(23)]), dt.time(9, 30).strftime("%H.%M"), dt.time.fromisoformat("10:15:30"))
