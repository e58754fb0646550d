"""Timesheet and billing with datetime arithmetic on fixed dates, timezones and calendar."""
import calendar
from datetime import date, datetime, time, timedelta, timezone
from collections import defaultdict

ENTRIES = """
2024-02-26 09:15 12:30 acme
2024-02-26 13:15 17:45 acme
2024-02-27 22:00 01:30 globex
2024-02-28 08:00 08:00 acme
2024-02-29 10:00 16:20 initech
2024-03-01 09:00 11:00 globex
2024-03-02 10:00 12:00 acme
"""
RATES = {"acme": 95, "globex": 120, "initech": 80}


def parse(line):
    d, start, end, client = line.split()
    day = date.fromisoformat(d)
    t0 = datetime.combine(day, time.fromisoformat(start))
    t1 = datetime.combine(day, time.fromisoformat(end))
    if t1 <= t0:
        t1 += timedelta(days=1)
    return client, t0, t1


per_client = defaultdict(timedelta)
per_week = defaultdict(timedelta)
for line in ENTRIES.strip().splitlines():
    client, t0, t1 = parse(line)
    dur = t1 - t0
    per_client[client] += dur
    iso = t0.isocalendar()
    per_week[(iso.year, iso.week)] += dur
    weekend = " weekend" if t0.weekday() >= 5 else ""
    print(f"{t0:%a %d %b %H:%M} -> {t1:%H:%M} {str(dur):>8} {client}{weekend}")

for client, dur in sorted(per_client.items()):
    hours = dur.total_seconds() / 3600
    print(f"{client:8} {hours:6.2f} h  {dur // timedelta(minutes=1):4d} min  ${hours * RATES[client]:9,.2f}")
print(dict(per_week))

invoice = date(2024, 3, 2)
due = invoice + timedelta(days=30)
print("due", due.isoformat(), due.strftime("%A %j %U"), (due - invoice).days, due.toordinal() - invoice.toordinal())
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29), calendar.day_name[3])
print(calendar.month(2024, 2, w=3, l=1))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print([d.day for d in cal.itermonthdates(2024, 3)][:10], calendar.leapdays(2000, 2025))
print(calendar.monthcalendar(2024, 3)[0], calendar.month_abbr[1:4], calendar.timegm((2024, 1, 1, 0, 0, 0)))

cet = timezone(timedelta(hours=1), "CET")
utc_dt = datetime(2024, 3, 31, 0, 30, tzinfo=timezone.utc)
print(utc_dt.astimezone(cet), utc_dt.astimezone(cet).tzname(), utc_dt.isoformat(timespec="minutes"))
print(datetime.fromisoformat("2024-02-29T23:59:59.5+05:30").utcoffset(), datetime(2024, 1, 1).timestamp() % 1)
print(datetime.fromtimestamp(86400 * 365, tz=timezone.utc), datetime(2024, 5, 5, 5, 5, 5, 123456).isoformat(" "))
print(timedelta(days=-1, seconds=5), timedelta(hours=36) / 7, abs(timedelta(minutes=-90)), -timedelta(0, 1, 1))
print(timedelta(weeks=1, milliseconds=1500).total_seconds(), timedelta(3) % timedelta(hours=5), divmod(timedelta(7), timedelta(2)))
print(date(2024, 12, 30).isocalendar(), date.fromisocalendar(2020, 53, 7), date(2024, 1, 31).replace(month=4, day=30))
print(f"{datetime(2024, 7, 4, 15, 3):%I:%M %p on %B %d, %Y (%y) %%}", format(date(2001, 2, 3), "%m/%d"))
for bad in ("2024-02-30", "2023-13-01", "24-1-1"):
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print(e)
for args in ((2023, 2, 29), (2024, 0, 1)):
    try:
        date(*args)
    except ValueError as e:
        print(e)
try:
    datetime.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print(e)
print(sorted([time(23), time(0, 30), time(12)]), time(1, 2, 3, 400).isoformat(), time(13, 5).strftime("%H%M"))
