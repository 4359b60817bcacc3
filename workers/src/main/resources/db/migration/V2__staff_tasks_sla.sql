-- Staff, teams, business calendars, SLA policies and the mirror of user-task jobs.
-- Request ids are stored as plain columns on purpose: the request ledger belongs to its own feature.

create table staff_users (
    username      text primary key,
    display_name  text        not null,
    email         text        not null,
    password_hash text        not null,
    roles         text[]      not null default '{}',
    absent        boolean     not null default false,
    absent_until  date,
    constraint staff_users_roles_known check (roles <@ array['AGENT', 'TEAM_LEAD', 'PROCESS_OWNER', 'ADMIN']::text[])
);

create table business_calendars (
    id   text primary key,
    name text not null,
    zone text not null
);

create table calendar_opening_hours (
    calendar_id text    not null references business_calendars (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7), -- ISO: 1 = Monday
    opens       time    not null,
    closes      time    not null,
    primary key (calendar_id, day_of_week, opens),
    constraint calendar_opening_hours_ordered check (opens < closes)
);

create table calendar_holidays (
    calendar_id  text not null references business_calendars (id) on delete cascade,
    holiday_date date not null,
    name         text not null,
    primary key (calendar_id, holiday_date)
);

create table teams (
    id            text primary key,
    name          text not null,
    lead_username text references staff_users (username),
    calendar_id   text references business_calendars (id)
);

create table team_members (
    team_id  text not null references teams (id) on delete cascade,
    username text not null references staff_users (username) on delete cascade,
    primary key (team_id, username)
);

create index team_members_by_user on team_members (username);

create table sla_policies (
    request_type        text    not null,
    step                text    not null,
    calendar_id         text    not null references business_calendars (id),
    business_minutes    integer not null check (business_minutes > 0),
    reminder_at_percent integer not null default 75 check (reminder_at_percent between 1 and 99),
    primary key (request_type, step)
);

create table user_tasks (
    job_key              bigint primary key,
    process_instance_key bigint      not null,
    element_instance_key bigint      not null,
    bpmn_process_id      text        not null,
    element_id           text        not null,
    request_id           uuid,
    reference            text,
    name                 text        not null,
    candidate_groups     text[]      not null default '{}',
    candidate_users      text[]      not null default '{}',
    assignee             text,
    due_at               timestamptz,
    follow_up_at         timestamptz,
    form_key             text,
    variables            jsonb       not null default '{}',
    state                text        not null default 'OPEN' check (state in ('OPEN', 'COMPLETED', 'CANCELLED')),
    sla_state            text        not null default 'ON_TIME' check (sla_state in ('ON_TIME', 'REMINDED', 'ESCALATED')),
    created_at           timestamptz not null default now(),
    completed_at         timestamptz,
    completed_by         text,
    outcome              jsonb,
    lease_expires_at     timestamptz not null
);

-- "open tasks of group X by due date": the task list's main query
create index user_tasks_open_by_group on user_tasks using gin (candidate_groups) where state = 'OPEN';
create index user_tasks_open_by_due on user_tasks (due_at, job_key) where state = 'OPEN';
create index user_tasks_open_by_assignee on user_tasks (assignee) where state = 'OPEN';
create index user_tasks_open_lease on user_tasks (lease_expires_at) where state = 'OPEN';
create index user_tasks_by_request on user_tasks (request_id);
create index user_tasks_by_element_instance on user_tasks (element_instance_key);
