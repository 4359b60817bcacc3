-- Issue 15: process owners edit SLA policies and business calendars in the console.
--
-- A policy change applies to requests submitted afterwards: every change is a new version with the
-- instant from which it is in effect, and the plan-sla worker picks the version in effect when the
-- request was submitted. sla_policies keeps the current values (the newest version).
alter table sla_policies
    add column process_owners_at_percent integer not null default 200
        check (process_owners_at_percent between 101 and 1000);

create table sla_policy_versions (
    id                        bigserial   primary key,
    request_type              text        not null,
    step                      text        not null,
    version                   integer     not null check (version > 0),
    effective_from            timestamptz not null,
    calendar_id               text        not null references business_calendars (id),
    business_minutes          integer     not null check (business_minutes > 0),
    reminder_at_percent       integer     not null check (reminder_at_percent between 1 and 99),
    process_owners_at_percent integer     not null check (process_owners_at_percent between 101 and 1000),
    changed_by                text,
    foreign key (request_type, step) references sla_policies (request_type, step) on delete cascade,
    unique (request_type, step, version)
);

-- "the version in effect at t": the newest effective_from not after t
create index sla_policy_versions_in_effect on sla_policy_versions (request_type, step, effective_from desc);

-- the policies written before versions existed are their version 1, in effect since ever
insert into sla_policy_versions (request_type, step, version, effective_from, calendar_id, business_minutes,
                                 reminder_at_percent, process_owners_at_percent, changed_by)
select request_type, step, 1, timestamptz '1970-01-01 00:00:00+00', calendar_id, business_minutes,
       reminder_at_percent, process_owners_at_percent, null
from sla_policies;

-- One-off closures of a calendar (a stocktaking day, a renovation week): no business time passes on
-- any day from first_day to last_day, both included.
create table calendar_closures (
    id          bigserial primary key,
    calendar_id text      not null references business_calendars (id) on delete cascade,
    first_day   date      not null,
    last_day    date      not null,
    reason      text      not null check (length(reason) between 1 and 200),
    constraint calendar_closures_ordered check (first_day <= last_day),
    unique (calendar_id, first_day, last_day)
);
