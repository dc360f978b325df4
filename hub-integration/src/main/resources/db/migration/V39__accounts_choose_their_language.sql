-- An account's language is the one its owner chose, or none: until they choose, the pages follow the switcher and
-- then the browser's languages (SPEC 8), and emails are written in English. Before, every account was given English
-- ('en', the column's default), which then outranked a browser asking for Polish. 'en' cannot be told apart from that
-- default, so only Polish, which someone must have chosen, is carried over. A new column rather than dropping NOT NULL,
-- which Apache Derby and PostgreSQL write differently: this runs unchanged on both.

ALTER TABLE account ADD COLUMN chosen_language VARCHAR(5);

UPDATE account SET chosen_language = preferred_language WHERE preferred_language = 'pl';

ALTER TABLE account DROP COLUMN preferred_language;
