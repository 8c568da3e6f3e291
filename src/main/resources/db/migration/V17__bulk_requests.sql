-- Bulk requests (permohonan kolektif): an agency's one letter travels through the SOP as one request; the staff listed
-- in its uploaded file are the batch's rows. Each row keeps its validation result for the report and, once valid,
-- its provisioning state, so a restarted job continues where it stopped.
create table bulk_batch (
    id                  uuid primary key,
    tenant_id           text not null references tenant (id),
    request_id          uuid unique references request (id),
    report_token_hash   text not null unique,
    file_name           text not null,
    unit_code           text not null,
    contact_email       text not null,
    row_count           int not null,
    valid_count         int not null,
    uploaded_by         text,
    created_at          timestamptz not null,
    result_sent_at      timestamptz
);
create index bulk_batch_by_tenant on bulk_batch (tenant_id, created_at desc);

create table bulk_row (
    batch_id        uuid not null references bulk_batch (id),
    line            int not null,
    tenant_id       text not null references tenant (id),
    name            text,
    nip             text,
    position        text,
    work_unit       text,
    contact_email   text,
    owner_key       text,
    address         text,
    problem         text,
    problem_arg     text,
    status          text not null,
    failure         text,
    claimed_until   timestamptz,
    done_at         timestamptz,
    primary key (batch_id, line)
);
create index bulk_row_pending on bulk_row (batch_id, line) where status = 'PENDING';
create index bulk_row_pending_owner on bulk_row (tenant_id, owner_key) where status = 'PENDING';
create index bulk_row_pending_address on bulk_row (address) where status = 'PENDING';

-- A bulk request's members each get an account of the same request: one account per request and owner.
alter table mail_account drop constraint mail_account_request_id_key;
create unique index mail_account_by_request_owner on mail_account (request_id, owner_key);
