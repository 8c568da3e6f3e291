-- tenant: governments, their agencies (OPD) and staff
create table tenant (
    id          text primary key,          -- slug, e.g. kota-bogor
    code        text not null unique,      -- tracking-number prefix, e.g. BGR
    name        text not null,
    domain      text not null unique,
    zone_id     text not null,
    sop_key     text not null
);

create table tenant_counter (
    tenant_id   text not null references tenant (id),
    name        text not null,
    value       bigint not null,
    primary key (tenant_id, name)
);

create table unit (
    tenant_id   text not null references tenant (id),
    code        text not null,
    name        text not null,
    primary key (tenant_id, code)
);

create table staff (
    id            bigserial primary key,
    tenant_id     text not null references tenant (id),
    username      text not null unique,
    password_hash text not null,
    full_name     text not null,
    email         text,
    enabled       boolean not null default true
);

create table staff_actor (
    staff_id    bigint not null references staff (id) on delete cascade,
    actor_id    text not null,
    primary key (staff_id, actor_id)
);

-- sop: versioned definitions, kept verbatim
create table sop_definition (
    id              bigserial primary key,
    tenant_id       text not null references tenant (id),
    sop_key         text not null,
    version         int not null,
    source_name     text not null,
    content         text not null,
    content_sha256  text not null,
    active          boolean not null default false,
    loaded_at       timestamptz not null default now(),
    unique (tenant_id, sop_key, version)
);
create unique index sop_definition_one_active on sop_definition (tenant_id) where active;

-- workflow: requests (permohonan), their history and the outbox
create table request (
    id                   uuid primary key,
    tenant_id            text not null references tenant (id),
    tracking_number      text not null,
    tracking_token_hash  text not null unique,
    definition_id        bigint not null references sop_definition (id),
    request_type         text not null,
    applicant_name       text not null,
    applicant_nip        text not null,
    unit_code            text not null,
    account_name         text not null,
    contact_email        text not null,
    proposed_address     text not null,
    owner_key            text not null,
    status               text not null,
    outcome              text,
    current_step         text not null,
    current_actor        text,
    step_started_at      timestamptz not null,
    awaiting_action      boolean not null default false,
    action_error         text,
    version              int not null default 0,
    submitted_at         timestamptz not null,
    closed_at            timestamptz,
    unique (tenant_id, tracking_number),
    foreign key (tenant_id, unit_code) references unit (tenant_id, code)
);
-- one open request per person/unit/event and per address: a second one is refused, not queued
create unique index request_one_open_per_owner on request (tenant_id, owner_key) where status = 'IN_PROGRESS';
create unique index request_one_open_per_address on request (proposed_address) where status = 'IN_PROGRESS';
create index request_inbox on request (tenant_id, current_actor, step_started_at) where status = 'IN_PROGRESS';
create index request_by_tenant_submitted on request (tenant_id, submitted_at desc);

create table request_letter (
    request_id    uuid primary key references request (id),
    tenant_id     text not null references tenant (id),
    file_name     text not null,
    content_type  text not null,
    content       bytea not null,
    sha256        text not null
);

create table request_step (
    id                 bigserial primary key,
    tenant_id          text not null references tenant (id),
    request_id         uuid not null references request (id),
    step_id            text not null,
    actor_id           text,
    started_at         timestamptz not null,
    completed_at       timestamptz not null,
    completed_by       text not null,
    completed_by_name  text not null,
    branch_id          text,
    branch_label       text,
    note               text,
    elapsed_seconds    bigint not null,
    standard_seconds   bigint
);
create index request_step_by_request on request_step (request_id, id);

create table outbox_job (
    id                 bigserial primary key,
    tenant_id          text not null references tenant (id),
    request_id         uuid not null references request (id),
    step_id            text not null,
    action             text not null,
    requested_by       text not null,
    requested_by_name  text not null,
    note               text,
    status             text not null default 'PENDING',
    attempts           int not null default 0,
    run_after          timestamptz not null default now(),
    locked_until       timestamptz,
    last_error         text,
    created_at         timestamptz not null default now(),
    done_at            timestamptz
);
create index outbox_job_ready on outbox_job (run_after) where status in ('PENDING', 'RUNNING');
create index outbox_job_by_request on outbox_job (request_id);

-- mailbox: the accounts Surel created, one active per owner and per address
create table mail_account (
    id                       bigserial primary key,
    tenant_id                text not null references tenant (id),
    address                  text not null unique,
    owner_key                text not null,
    display_name             text not null,
    request_id               uuid not null unique references request (id),
    platform                 text not null,
    status                   text not null default 'ACTIVE',
    created_at               timestamptz not null default now(),
    mailbox_created_at       timestamptz,
    credential_delivered_at  timestamptz
);
create unique index mail_account_one_active_per_owner on mail_account (tenant_id, owner_key) where status = 'ACTIVE';
