-- workflow: deadlines from the tenant's working calendar, warnings, escalation and pauses
alter table request
    add column step_due_at                  timestamptz,
    add column step_warn_at                 timestamptz,
    add column step_warned_at               timestamptz,
    add column step_late_at                 timestamptz,
    add column step_escalate_to             text,
    add column step_paused_working_seconds  bigint not null default 0,
    add column due_at                       timestamptz,
    add column paused_since                 timestamptz,
    add column paused_reason                text;

-- the SLA monitor's two set-based sweeps
create index request_sla_warn on request (step_warn_at) where status = 'IN_PROGRESS' and step_warned_at is null;
create index request_sla_late on request (step_due_at) where status = 'IN_PROGRESS' and step_late_at is null;

alter table request_step
    add column due_at           timestamptz,
    add column working_seconds  bigint,
    add column met_standard     boolean;
create index request_step_by_tenant_completed on request_step (tenant_id, completed_at);

-- one node runs a given scheduled tick (ShedLock)
create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamptz not null,
    locked_at   timestamptz not null,
    locked_by   varchar(255) not null
);
