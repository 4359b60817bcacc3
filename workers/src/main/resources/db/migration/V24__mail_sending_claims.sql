-- A batch is claimed (SENDING) in a short transaction and each mail marked sent right after the
-- mail server took it; a row a dead instance left SENDING is taken again after a lease.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'));
ALTER TABLE mail_outbox ADD COLUMN claimed_at timestamptz;
CREATE INDEX mail_outbox_sending_idx ON mail_outbox (claimed_at) WHERE status = 'SENDING';
-- mails go out in the order they were queued (a question before its reminder, the acknowledgement before the answer)
ALTER TABLE mail_outbox ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
