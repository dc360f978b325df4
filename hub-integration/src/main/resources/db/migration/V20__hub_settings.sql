-- The hub's own details, set by the hub manager: one row (id 1) once the hub is set up, none before. Pages, feed names
-- and emails use them. Runs unchanged on Apache Derby and PostgreSQL. Numbered 20 to leave room for migrations other
-- branches add meanwhile.

CREATE TABLE hub_settings (
    id             INTEGER       NOT NULL PRIMARY KEY,
    name           VARCHAR(80)   NOT NULL,
    address        VARCHAR(300),
    contact_email  VARCHAR(120),
    contact_phone  VARCHAR(30),
    public_notice  VARCHAR(1000),
    version        BIGINT        NOT NULL,
    CONSTRAINT hub_settings_one_row CHECK (id = 1)
);
