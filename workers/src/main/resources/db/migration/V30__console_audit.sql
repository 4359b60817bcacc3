-- Every change a process owner or admin makes from the console (models deployed, SLA policies and
-- calendars edited, instances retried or cancelled): who, when, what, with the details of the change.
create table console_audit (
    id       bigserial   primary key,
    at       timestamptz not null,
    username text        not null,
    area     text        not null,
    subject  text        not null,
    action   text        not null,
    detail   jsonb       not null default '{}'::jsonb
);

create index console_audit_by_subject on console_audit (area, subject, at desc);
create index console_audit_by_time on console_audit (at desc);
