-- The staff task list: what the list filters on, team queues that stay fast on a large mirror,
-- absences with a start, and reply templates.

-- What the list filters and searches on, copied from the request when the task is mirrored, so the
-- task list never joins another feature's tables.
alter table user_tasks
    add column priority        integer not null default 50 check (priority between 0 and 100),
    add column claimed_at      timestamptz,
    add column request_type    text,
    add column channel         text,
    add column store_id        text,
    add column customer_name   text,
    add column customer_number text,
    add column customer_email  text;

-- One row per (open task, candidate team): the team queue. A task offered to two teams sits in both
-- queues. Kept by a trigger so every way a task changes (mirror, claim, completion, cancellation)
-- keeps it right; completed and cancelled tasks leave it, so its size is the open work, not history.
-- "Team queue by due date, 50 per page" is one range scan of user_task_queue_by_due.
create table user_task_queue (
    team_id  text   not null,
    job_key  bigint not null references user_tasks (job_key) on delete cascade,
    due_at   timestamptz,
    priority integer not null,
    primary key (team_id, job_key)
);

create index user_task_queue_by_due on user_task_queue (team_id, due_at, job_key);
create index user_task_queue_by_job on user_task_queue (job_key);

create function user_task_queue_sync() returns trigger language plpgsql as $$
begin
    delete from user_task_queue where job_key = new.job_key;
    if new.state = 'OPEN' then
        insert into user_task_queue (team_id, job_key, due_at, priority)
        select distinct g, new.job_key, new.due_at, new.priority from unnest(new.candidate_groups) as g;
    end if;
    return new;
end
$$;

create trigger user_tasks_queue_insert after insert on user_tasks
    for each row execute function user_task_queue_sync();
create trigger user_tasks_queue_update after update of state, candidate_groups, due_at, priority on user_tasks
    for each row when (old.state is distinct from new.state or old.candidate_groups is distinct from new.candidate_groups
                       or old.due_at is distinct from new.due_at or old.priority is distinct from new.priority)
    execute function user_task_queue_sync();

insert into user_task_queue (team_id, job_key, due_at, priority)
select distinct g, t.job_key, t.due_at, t.priority
from user_tasks t, unnest(t.candidate_groups) as g
where t.state = 'OPEN';

-- "My tasks": offered by name or claimed.
create index user_tasks_open_by_candidate_user on user_tasks using gin (candidate_users) where state = 'OPEN';
create index user_tasks_open_by_reference on user_tasks (reference) where state = 'OPEN';

-- Absence: from which day (null = already begun), and when it was recorded, which tells one absence
-- from the next (the team lead's mail is deduplicated by it).
alter table staff_users
    add column absent_from      date,
    add column absence_noted_at timestamptz;

create table reply_templates (
    id         text primary key,
    title      text    not null,
    subject    text    not null,
    body       text    not null,
    sort_order integer not null default 0
);

-- Placeholders: {customerName}, {reference}, {typeNumber}, {agentName}.
insert into reply_templates (id, title, subject, body, sort_order) values
('need-receipt', 'Ask for the receipt', 'Your request {reference}: we need your receipt',
 'Dear {customerName},

thank you for your request about the {typeNumber}. To send you the manual we need to confirm the purchase:
please reply to this mail with a photo or PDF of your receipt, with the date and the store visible.

Kind regards
{agentName}
Kitchen & Home customer service', 10),
('manual-on-its-way', 'Manual is on its way', 'Your request {reference}: the manual is on its way',
 'Dear {customerName},

we have found the manual for your {typeNumber} and are sending it to you shortly in a separate e-mail.

Kind regards
{agentName}
Kitchen & Home customer service', 20),
('more-time', 'We need a little more time', 'Your request {reference}: we need a little more time',
 'Dear {customerName},

we are still working on your request about the {typeNumber}. We have asked the manufacturer for the
document and will write to you as soon as we have it.

Kind regards
{agentName}
Kitchen & Home customer service', 30);
