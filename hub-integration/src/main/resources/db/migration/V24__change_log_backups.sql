-- Backups taken or removed by the hub manager join the change log. Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE change_log DROP CONSTRAINT change_log_thing;
ALTER TABLE change_log ADD CONSTRAINT change_log_thing
    CHECK (thing IN ('ROOM', 'ORGANISATION', 'ACCOUNT', 'CLOSURE', 'HUB_SETTINGS', 'CAFE_SETTINGS', 'CAFE_MEMBER', 'BACKUP'));
