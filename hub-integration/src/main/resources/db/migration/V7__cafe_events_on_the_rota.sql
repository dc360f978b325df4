-- Events booked in the cafe room (a community lunch) put a one-off shift on the rota, with the places the cafe
-- usually gives an event; staff change the places on the rota afterwards. Runs unchanged on Apache Derby and PostgreSQL.

-- The booking a one-off shift is for, when it came from an event booked in the cafe room.
ALTER TABLE rota_shift ADD COLUMN booking_id BIGINT;
ALTER TABLE rota_shift ADD CONSTRAINT rota_shift_booking_fk FOREIGN KEY (booking_id) REFERENCES booking (id);
CREATE INDEX rota_shift_booking_idx ON rota_shift (booking_id);

-- How many places of each role an event's shift gets to begin with: a supervisor and someone on front of house.
CREATE TABLE rota_event_place (
    settings_id INTEGER     NOT NULL,
    cafe_role   VARCHAR(30) NOT NULL,
    places      INTEGER     NOT NULL,
    CONSTRAINT rota_event_place_pk PRIMARY KEY (settings_id, cafe_role),
    CONSTRAINT rota_event_place_settings_fk FOREIGN KEY (settings_id) REFERENCES rota_settings (id),
    CONSTRAINT rota_event_place_positive CHECK (places > 0)
);

INSERT INTO rota_event_place (settings_id, cafe_role, places) VALUES (1, 'SUPERVISOR_JOB_COACH', 1);
INSERT INTO rota_event_place (settings_id, cafe_role, places) VALUES (1, 'FRONT_OF_HOUSE', 1);
