-- Going live. Each account keeps the language its owner chose on My account ('en' or 'pl'). The outbox keeps the
-- one-time link of an invitation or reset email only sealed with the server's key (kept outside the database), in
-- link_sealed, the body holding a placeholder; once the email is sent or given up the sealed link is cleared too, so a
-- read of the database never gives a working link. The log of changes also records changes to the café team.
-- Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE account ADD COLUMN preferred_language VARCHAR(5) DEFAULT 'en' NOT NULL;

ALTER TABLE outgoing_mail ADD COLUMN link_sealed VARCHAR(1000);

ALTER TABLE change_log DROP CONSTRAINT change_log_thing;
ALTER TABLE change_log ADD CONSTRAINT change_log_thing
    CHECK (thing IN ('ROOM', 'ORGANISATION', 'ACCOUNT', 'CLOSURE', 'HUB_SETTINGS', 'CAFE_SETTINGS', 'CAFE_MEMBER'));
