-- Every version of every process model the product deployed to the engine: from the classpath at
-- start (deployed_by 'system'), uploaded or edited in the console's modeler, or rolled back to an
-- earlier version's XML. The engine's own key identifies a version; a repeated deployment that the
-- engine recognised as unchanged gets no second row.
create table model_versions (
    process_definition_key bigint      primary key,
    bpmn_process_id        text        not null,
    version                integer     not null,
    resource_name          text        not null,
    xml                    text        not null,
    checksum               text        not null,
    deployed_at            timestamptz not null,
    deployed_by            text        not null,
    source                 text        not null check (source in ('classpath', 'upload', 'modeler', 'rollback', 'restore')),
    rolled_back_from       integer,
    unique (bpmn_process_id, version)
);

create index model_versions_by_process on model_versions (bpmn_process_id, version desc);
create index model_versions_classpath on model_versions (resource_name, deployed_at desc) where source = 'classpath';
