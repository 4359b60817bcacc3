-- The text of a PDF is read after intake, within limits; a file that cannot be read keeps why.
alter table request_attachments add column text_problem text;
alter table request_attachments add column text_read_at timestamptz;

-- files taken in before were read at intake
update request_attachments set text_read_at = created_at where media_type = 'application/pdf';

create index request_attachments_unread_pdfs on request_attachments (request_id)
  where media_type = 'application/pdf' and text_read_at is null;
