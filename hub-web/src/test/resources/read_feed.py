"""Reads an iCalendar feed with independent parsers (python icalendar and recurring-ical-events).

Usage: python3 read_feed.py FEED_FILE DAYS
Prints how many occurrences fall in the next DAYS days; exits non-zero on any parse or expansion error.
"""
import datetime
import sys

import icalendar
import recurring_ical_events

with open(sys.argv[1], "rb") as feed:
    calendar = icalendar.Calendar.from_ical(feed.read())
assert calendar.get("VERSION") == "2.0", "VERSION must be 2.0"
assert calendar.get("METHOD") == "PUBLISH", "METHOD must be PUBLISH"
zones = [component for component in calendar.walk("VTIMEZONE")]
assert len(zones) == 1 and str(zones[0].get("TZID")) == "Europe/London", "one VTIMEZONE for Europe/London"
start = datetime.date.today()
end = start + datetime.timedelta(days=int(sys.argv[2]))
occurrences = recurring_ical_events.of(calendar).between(start, end)
for occurrence in occurrences:
    assert occurrence.get("UID"), "every event has a UID"
    assert occurrence.get("DTSTAMP"), "every event has a DTSTAMP"
print(len(occurrences))
