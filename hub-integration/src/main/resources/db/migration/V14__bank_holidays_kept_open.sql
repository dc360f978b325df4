-- The bank holidays the hub manager opened the hub on: the hub closes every other bank holiday by itself.
-- Runs unchanged on Apache Derby and PostgreSQL.

CREATE TABLE bank_holiday_kept_open (
    day DATE NOT NULL,
    CONSTRAINT bank_holiday_kept_open_pk PRIMARY KEY (day)
);
