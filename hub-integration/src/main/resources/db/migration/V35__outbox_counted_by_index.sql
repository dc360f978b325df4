-- The metrics count the emails given up on (not sent, no next attempt) at every scrape: from an index, not the table,
-- which keeps every email ever sent.
CREATE INDEX outgoing_mail_given_up_idx ON outgoing_mail (sent_at, next_attempt_at);
