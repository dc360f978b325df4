"""Expands the events of an iCalendar feed with independent parsers (python icalendar and recurring-ical-events).

Usage: python3 expand_feed.py FEED_FILE FROM_DATE TO_DATE UID...
Prints one line per occurrence of the named events between the two dates, in time order: the UID, then the start
as local wall-clock time (YYYY-MM-DDTHH:MM); exits non-zero on any parse or expansion error.
"""
import datetime
import sys

import icalendar
import recurring_ical_events

with open(sys.argv[1], "rb") as feed:
    calendar = icalendar.Calendar.from_ical(feed.read())
start = datetime.date.fromisoformat(sys.argv[2])
end = datetime.date.fromisoformat(sys.argv[3])
wanted = set(sys.argv[4:])
lines = []
for occurrence in recurring_ical_events.of(calendar).between(start, end):
    uid = str(occurrence.get("UID"))
    if uid in wanted:
        when = occurrence.get("DTSTART").dt
        lines.append((when.strftime("%Y-%m-%dT%H:%M"), uid))
for when, uid in sorted(lines):
    print(uid + " " + when)
