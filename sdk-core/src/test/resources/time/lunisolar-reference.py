# Writes the reference tables lunisolar-utc7.txt and lunisolar-utc8.txt that LunisolarCalendarTest
# checks the Java calendar against.
#
# The astronomy here is independent of OpenDVC's: PyEphem (libastro: VSOP87 for the Sun, ELP
# 2000-82 for the Moon, its own Delta T), rather than the Meeus series the Java code uses. The
# calendar rules are the same (see LunisolarCalendar's javadoc).
#
#   python3 lunisolar-reference.py 7 1899 2100 > lunisolar-utc7.txt
#   python3 lunisolar-reference.py 8 1899 2100 > lunisolar-utc8.txt
#
# Each line: a lunar year, then the first day of each of its months as DATE:NUMBER, with L after
# the number of a leap month. Written with PyEphem 4.1.4.
import datetime
import math
import sys

import ephem

offset_hours = float(sys.argv[1])
first_year, last_year = int(sys.argv[2]), int(sys.argv[3])


def civil_day(moment):
    """The civil date (as an ordinal) of an ephem Date, in the offset."""
    return ephem.Date(moment + offset_hours / 24.0).datetime().date().toordinal()


def sun_longitude(moment):
    sun = ephem.Sun(moment)
    ecliptic = ephem.Ecliptic(ephem.Equatorial(sun.ra, sun.dec, epoch=moment), epoch=moment)
    return math.degrees(ecliptic.lon) % 360.0


def sector(ordinal):
    """The Sun's 30-degree sector at the first midnight of a civil day."""
    day = datetime.date.fromordinal(ordinal)
    midnight = ephem.Date(datetime.datetime(day.year, day.month, day.day)) - offset_hours / 24.0
    return int(sun_longitude(midnight) // 30)


new_moon_days = []
moment = ephem.Date(datetime.datetime(first_year - 2, 10, 1))
end = ephem.Date(datetime.datetime(last_year + 3, 3, 1))
while moment < end:
    moment = ephem.next_new_moon(moment)
    new_moon_days.append(civil_day(moment))
    moment = ephem.Date(moment + 1)
sectors = {day: sector(day) for day in new_moon_days}


def month_eleven(year):
    """Index of the new moon starting the month that contains the December solstice of year."""
    last_day = datetime.date(year, 12, 31).toordinal()
    i = max(j for j, day in enumerate(new_moon_days) if day <= last_day)
    return i - 1 if sectors[new_moon_days[i]] >= 9 else i


def solstice_year(year):
    """(first day, number, leap) of each month from month 11 of year-1 to before month 11 of year."""
    a, b = month_eleven(year - 1), month_eleven(year)
    leap = -1
    if b - a == 13:
        leap = next(
            i for i in range(1, 13)
            if sectors[new_moon_days[a + i]] == sectors[new_moon_days[a + i + 1]])
    months, number = [], 11
    for i in range(b - a):
        if i == leap:
            months.append((new_moon_days[a + i], months[-1][1], True))
        else:
            months.append((new_moon_days[a + i], number, False))
            number = number % 12 + 1
    return months


for year in range(first_year, last_year + 1):
    this_one, next_one = solstice_year(year), solstice_year(year + 1)
    start = next(i for i, m in enumerate(this_one) if m[1] == 1 and not m[2])
    months = this_one[start:]
    for m in next_one:
        if m[1] == 1 and not m[2]:
            break
        months.append(m)
    print(year, " ".join(
        "%s:%d%s" % (datetime.date.fromordinal(d).isoformat(), n, "L" if leap else "")
        for d, n, leap in months))
