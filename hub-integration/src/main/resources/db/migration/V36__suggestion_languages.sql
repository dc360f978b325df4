-- Residents' ideas: the language the suggester wrote in and each supporter asked in, so the hub's emails to them speak
-- it (none: the base language, English, as before).
ALTER TABLE suggestion ADD COLUMN language VARCHAR(35);
ALTER TABLE suggestion_support ADD COLUMN language VARCHAR(35);
