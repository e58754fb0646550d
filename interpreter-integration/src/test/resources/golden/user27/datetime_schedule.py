"""A meeting scheduler across time zones: zoneinfo, DST arithmetic, strftime/strptime, isoformat."""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
import calendar

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
TOK = ZoneInfo("Asia/Tokyo")
UTC = timezone.utc

meeting = datetime(2024, 3, 9, 9, 30, tzinfo=NY)
for days in range(3):
    m = meeting + timedelta(days=days)
    print(m.isoformat(), m.tzname(), m.utcoffset(), m.dst(), "->", m.astimezone(BER).strftime("%a %H:%M %Z"),
          m.astimezone(TOK).strftime("%d %b %H:%M %z"))

start = datetime(2024, 10, 26, 12, 0, tzinfo=BER)
end = start + timedelta(days=1)
print(end, end - start, end.astimezone(UTC) - start.astimezone(UTC))
amb = datetime(2024, 11, 3, 1, 30, tzinfo=NY)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb.fold, amb.replace(fold=1).astimezone(UTC))
gap = datetime(2024, 3, 10, 2, 30, tzinfo=NY)
print(gap.utcoffset(), gap.astimezone(UTC), gap.astimezone(UTC).astimezone(NY))
print(str(NY), repr(BER), NY.key, datetime(2024, 1, 1, tzinfo=TOK).tzname())
try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError:", e)

fixed = timezone(timedelta(hours=5, minutes=30), "IST")
d = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=fixed)
print(d, d.tzname(), repr(fixed), timezone(timedelta(hours=-3)), d.timestamp(), d.astimezone(UTC))
print(d + timedelta(microseconds=1), (d + timedelta(days=365)).date(), d.replace(year=2023, day=28).isoformat())
try:
    d.replace(year=2023)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) - d
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2024, 1, 1) < d
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1) == d, datetime(2024, 1, 1, tzinfo=UTC) == datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))))

fmt = "%Y-%m-%dT%H:%M:%S%z"
p = datetime.strptime("2024-07-04T18:30:00+0200", fmt)
print(p, p.tzinfo, p.strftime("%A %B %d %Y, %I:%M %p, week %U/%W, day %j, %y %C %G-W%V-%u"))
print(datetime.strptime("Mar 5 2024 7PM", "%b %d %Y %I%p"), datetime.strptime("2024-060", "%Y-%j").date())
for bad in [("2024-13-01", "%Y-%m-%d"), ("31/02/2024", "%d/%m/%Y"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(datetime.fromisoformat("2024-05-06T07:08:09.5+01:00"), datetime.fromisoformat("2024-05-06"), date.fromisoformat("20240506"))
print(datetime.fromisoformat("2024-05-06T07:08Z"), time.fromisoformat("10:20:30.123"), date.fromisocalendar(2024, 1, 1))
print(date(2024, 12, 30).isocalendar(), date(2024, 1, 1).isoweekday(), date.min, date.max, time.max, datetime.min)
print(timedelta(days=-1, seconds=1), -timedelta(hours=1), timedelta(hours=25) // timedelta(hours=2), timedelta(hours=25) % timedelta(hours=2))
print(timedelta(minutes=90) / 60, timedelta(days=1) * 1.5, timedelta(seconds=1.0000015), abs(timedelta(-3)), timedelta(days=1).total_seconds())
print(repr(timedelta(seconds=-1)), str(timedelta(days=-2, hours=3)), timedelta.max, timedelta.resolution)
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(time(13, 5).strftime("%I:%M %p"), time(0, 0, 0, 1).isoformat(), time(1, 2, tzinfo=UTC).isoformat(timespec="minutes"))
print(datetime(2024, 1, 1, 12).isoformat(sep=" ", timespec="milliseconds"), datetime(2024, 1, 1).ctime(), date(2024, 1, 1).timetuple()[:7])
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 1), datetime(2024, 1, 1, 23)])[0], date(2024, 3, 1) - date(2024, 2, 1))
print(datetime.combine(date(2024, 1, 1), time(8, tzinfo=BER)), datetime(2024, 6, 1, tzinfo=BER).dst(), UTC, repr(UTC))
