-- The engine's history, written by the Zeebe exporter (module exporter, omnichannel-history-exporter)
-- that the broker loads: every process instance, element instance, incident, job, timer, message
-- subscription, user task and variable, with the exporter's position per partition. The application
-- owns these tables (this migration) and only reads them (module history); the exporter only writes.
--
-- Every entity row keeps the log position of the record that last changed it (last_position): an
-- upsert from an earlier record never overwrites a later state. The exporter skips records at or
-- below its stored position, and every write is idempotent, so a record delivered again after a
-- broker restart is neither lost nor doubled.

create table history_exporter_position (
    partition_id int         primary key,
    position     bigint      not null,
    updated_at   timestamptz not null
);

-- One narrow row per exported record: the proof of exactly-once (see docs/operations.md, retention).
create table history_records (
    partition_id int         not null,
    position     bigint      not null,
    record_key   bigint      not null,
    value_type   text        not null,
    intent       text        not null,
    at           timestamptz not null,
    primary key (partition_id, position)
);

create table history_process_definitions (
    process_definition_key bigint      primary key,
    bpmn_process_id        text        not null,
    version                int         not null,
    resource_name          text,
    deployed_at            timestamptz not null,
    last_position          bigint      not null
);
create index history_process_definitions_by_id on history_process_definitions (bpmn_process_id, version);

create table history_process_instances (
    process_instance_key        bigint      primary key,
    process_definition_key      bigint,
    bpmn_process_id             text,
    version                     int,
    parent_process_instance_key bigint,
    request_reference           text,
    state                       text        check (state in ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    started_at                  timestamptz,
    ended_at                    timestamptz,
    last_position               bigint      not null
);
create index history_process_instances_by_reference on history_process_instances (request_reference);
create index history_process_instances_by_definition on history_process_instances (bpmn_process_id, version, state);

create table history_element_instances (
    element_instance_key   bigint      primary key,
    process_instance_key   bigint      not null,
    process_definition_key bigint      not null,
    bpmn_process_id        text        not null,
    version                int         not null,
    element_id             text        not null,
    element_type           text        not null,
    flow_scope_key         bigint,
    state                  text        not null check (state in ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    started_at             timestamptz not null,
    ended_at               timestamptz,
    last_position          bigint      not null
);
-- "waiting now at each element of a definition" (one version, or all versions of a process id)
create index history_element_instances_waiting
    on history_element_instances (bpmn_process_id, version, element_id, started_at) where state = 'ACTIVE';
-- "ended in a period at each element"
create index history_element_instances_ended
    on history_element_instances (bpmn_process_id, ended_at) include (version, element_id, state)
    where ended_at is not null;
-- one instance's path
create index history_element_instances_by_instance on history_element_instances (process_instance_key, started_at);

create table history_incidents (
    incident_key         bigint      primary key,
    process_instance_key bigint      not null,
    process_definition_key bigint,
    element_instance_key bigint,
    element_id           text,
    job_key              bigint,
    error_type           text,
    error_message        text,
    state                text        not null check (state in ('ACTIVE', 'RESOLVED')),
    created_at           timestamptz not null,
    resolved_at          timestamptz,
    last_position        bigint      not null
);
create index history_incidents_open on history_incidents (element_instance_key) where state = 'ACTIVE';
create index history_incidents_by_instance on history_incidents (process_instance_key);

create table history_jobs (
    job_key              bigint      primary key,
    process_instance_key bigint      not null,
    element_instance_key bigint,
    element_id           text,
    job_type             text        not null,
    state                text        not null,
    retries              int,
    worker               text,
    error_message        text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    last_position        bigint      not null
);
create index history_jobs_by_instance on history_jobs (process_instance_key);

create table history_timers (
    timer_key            bigint      primary key,
    process_instance_key bigint,
    element_instance_key bigint,
    element_id           text,
    due_at               timestamptz,
    state                text        not null,
    updated_at           timestamptz not null,
    last_position        bigint      not null
);
create index history_timers_by_instance on history_timers (process_instance_key);

create table history_message_subscriptions (
    subscription_key     bigint      primary key,
    process_instance_key bigint      not null,
    element_instance_key bigint,
    element_id           text,
    message_name         text        not null,
    correlation_key      text,
    state                text        not null,
    updated_at           timestamptz not null,
    last_position        bigint      not null
);
create index history_message_subscriptions_by_instance on history_message_subscriptions (process_instance_key);

-- Values as the engine's JSON, cut at 8192 characters (truncated tells).
create table history_variables (
    scope_key            bigint      not null,
    name                 text        not null,
    process_instance_key bigint      not null,
    value                text        not null,
    truncated            boolean     not null,
    updated_at           timestamptz not null,
    last_position        bigint      not null,
    primary key (scope_key, name)
);
create index history_variables_by_instance on history_variables (process_instance_key);

create table history_user_tasks (
    user_task_key        bigint      primary key,
    process_instance_key bigint      not null,
    element_instance_key bigint,
    element_id           text,
    assignee             text,
    state                text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    last_position        bigint      not null
);
create index history_user_tasks_by_instance on history_user_tasks (process_instance_key);
