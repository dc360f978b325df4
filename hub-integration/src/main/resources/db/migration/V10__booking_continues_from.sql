-- A booking continuing a series changed from one of its dates on remembers that date, so a change that waits for the
-- hub to decide can take the series' later dates over when approved, and leave them where they are when declined.
-- Continuations made before this (their series already ended at once) keep it empty. Runs on Derby and PostgreSQL.

ALTER TABLE booking ADD COLUMN continues_from DATE;
