"""Reads an iCalendar feed with python icalendar, an independent parser, and prints what outside clients see of it.

Usage: python3 feed_facts.py FEED_FILE
Prints one JSON object: the calendar's name, each event's UID, ORGANIZER and DTSTAMP (UTC, ISO 8601), and how many
observances (STANDARD, DAYLIGHT) its one VTIMEZONE holds; exits non-zero on any parse error.
"""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as feed:
    calendar = icalendar.Calendar.from_ical(feed.read())
zones = calendar.walk("VTIMEZONE")
assert len(zones) == 1, "one VTIMEZONE"
events = calendar.walk("VEVENT")
print(json.dumps({
    "name": str(calendar.get("X-WR-CALNAME")),
    "uids": [str(event.get("UID")) for event in events],
    "organizers": [str(event.get("ORGANIZER")) if event.get("ORGANIZER") else None for event in events],
    "dtstamps": [event.decoded("DTSTAMP").isoformat() for event in events],
    "observances": len(zones[0].subcomponents),
}))
