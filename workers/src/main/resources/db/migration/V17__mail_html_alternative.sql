-- Customer mails are rendered from templates: the HTML alternative beside the plain text (null for text-only mails).
ALTER TABLE mail_outbox ADD COLUMN html_body text;
