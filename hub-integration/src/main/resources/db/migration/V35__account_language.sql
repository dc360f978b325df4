-- The language each account reads the hub in (a BCP 47 tag such as pl, from the languages whose bundles exist); none:
-- the person has not chosen, and the switcher or their browser decides. Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE account ADD COLUMN language VARCHAR(35);
