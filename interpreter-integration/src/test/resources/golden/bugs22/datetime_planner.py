"""A shift planner: datetime arithmetic, timedelta formatting, strftime/strptime/isoformat, timezones with fixed
offsets, calendar, date ranges and business-day counting."""
import calendar
from datetime import date, datetime, time, timedelta, timezone
from dataclasses import dataclass
import time as _time

UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")
NPT = timezone(timedelta(hours=5, minutes=45))
HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}


@dataclass(frozen=True)
class Shift:
    worker: str
    start: datetime
    length: timedelta

    @property
    def end(self):
        return self.start + self.length

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end


def business_days(a, b):
    n, d = 0, a
    while d < b:
        if d.weekday() < 5 and d not in HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n


def fmt_td(td):
    sign = "-" if td < timedelta(0) else ""
    secs = abs(int(td.total_seconds()))
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"


start = datetime(2026, 12, 21, 22, 30, tzinfo=CET)
shifts = [Shift(w, start + timedelta(hours=8 * i), timedelta(hours=8, minutes=15 * (i % 3))) for i, w in
          enumerate(["ana", "ben", "cho", "dev", "eli"])]
for s in shifts:
    print(f"{s.worker:<4} {s.start:%a %d %b %H:%M %Z} -> {s.end.astimezone(UTC):%Y-%m-%dT%H:%M%z} "
          f"({fmt_td(s.length)}) week {s.start.isocalendar()[1]}")
print([(a.worker, b.worker) for i, a in enumerate(shifts) for b in shifts[i + 1:] if a.overlaps(b)])
print(business_days(date(2026, 12, 21), date(2027, 1, 8)), date(2026, 12, 31) - date(2026, 2, 28))
d = datetime(2024, 2, 29, 12, 0)
print(d.replace(year=2025, day=28), d + timedelta(days=365), (d - datetime(2000, 1, 1)).days, d.timetuple().tm_yday)
print(timedelta(days=-1, seconds=5), timedelta(hours=-1.5), repr(timedelta(weeks=1, milliseconds=1)), timedelta(0.5))
print(timedelta(hours=25) // timedelta(hours=2), timedelta(hours=25) % timedelta(hours=2), timedelta(minutes=90) / 3,
      timedelta(days=1) / timedelta(hours=7), -timedelta(seconds=1), abs(timedelta(-2)), timedelta.max.days)
dt = datetime(2026, 3, 29, 1, 59, 59, 123456, tzinfo=NPT)
print(dt.isoformat(), dt.isoformat(timespec="milliseconds"), dt.astimezone(UTC).isoformat(sep=" "), dt.utcoffset(), dt.tzname())
print(datetime.fromisoformat("2026-12-04T19:25:00+01:00"), datetime.fromisoformat("2026-12-04"), date.fromisoformat("2026-12-04"))
print(datetime.fromisoformat("2026-12-04T19:25:00.5Z"), time.fromisoformat("10:20:30.000400"), date.fromisocalendar(2026, 1, 1))
p = datetime.strptime("04/12/26 07:05:09 PM", "%d/%m/%y %I:%M:%S %p")
print(p, p.strftime("%j %U %W %w %y %B %A %p %I %%"), p.strftime("%c | %x | %X"))
print(datetime.strptime("2026-337", "%Y-%j").date(), datetime.strptime("+0530", "%z").tzinfo, datetime.strptime("Mar 3 2026", "%b %d %Y"))
try:
    datetime.strptime("31/02/2026", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2026, 1, 1, tzinfo=UTC) < datetime(2026, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2026, 1, 1, tzinfo=UTC) == datetime(2026, 1, 1, 1, tzinfo=CET), date(2026, 1, 1) == datetime(2026, 1, 1))
print(datetime.fromtimestamp(1_800_000_000, UTC), datetime(2027, 1, 15, 8, tzinfo=UTC).timestamp(), date.fromordinal(740000))
print(datetime.combine(date(2026, 5, 1), time(9, 30), tzinfo=CET), time(23, 59, 59, 999999).isoformat(), time(7).strftime("%H%M"))
print(min(shifts, key=lambda s: s.end).worker, sorted(shifts, key=lambda s: (-s.length, s.worker))[0].worker, hash(timedelta(1)) == hash(timedelta(hours=24)))
print(calendar.isleap(2100), calendar.leapdays(2000, 2100), calendar.monthrange(2026, 2), calendar.weekday(2026, 12, 4), calendar.day_name[4])
print(calendar.month(2026, 12), end="")
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2027, 2, w=3).splitlines()[:3])
print(list(calendar.Calendar().itermonthdates(2026, 2))[:3], calendar.timegm((2026, 12, 4, 0, 0, 0)), calendar.month_abbr[1:4])
print(_time.strftime("%Y-%m-%d", _time.gmtime(86400 * 365)), _time.gmtime(0).tm_wday, _time.mktime(_time.localtime(1000)) == 1000)
months = [date(2026, m, 1) for m in range(1, 13)]
print([f"{m:%b}:{calendar.monthrange(m.year, m.month)[1]}" for m in months if m.month % 3 == 0])
print(date.today() > date(2020, 1, 1), date.max, date.min, datetime.min.isoformat(), (date(2026, 12, 4) - date(1970, 1, 1)).days)
print(format(date(2026, 7, 4), "%d.%m.%Y"), f"{datetime(2026, 1, 2, 3, 4, 5):%H:%M:%S.%f}", str(datetime(2026, 1, 2, microsecond=50)))
