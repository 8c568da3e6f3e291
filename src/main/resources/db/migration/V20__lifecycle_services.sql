-- Account lifecycle requests (docs/account-lifecycle.md): every SOP definition is the procedure of one service
-- (new-account, password-reset, suspend, close, quota-change); a tenant has one active definition per service.
alter table sop_definition add column service text not null default 'new-account';
drop index sop_definition_one_active;
create unique index sop_definition_one_active on sop_definition (tenant_id, service) where active;

-- what a lifecycle request changes: the account it targets and the service's own data. applied_at makes the system
-- action idempotent: a repeated job finds the change already made.
create table account_change (
    request_id          uuid primary key references request (id),
    tenant_id           text not null references tenant (id),
    mail_account_id     bigint not null references mail_account (id),
    service             text not null,
    quota_mb            int,
    close_mode          text,
    successor_name      text,
    successor_nip       text,
    successor_contact   text,
    applied_at          timestamptz
);
create index account_change_by_account on account_change (tenant_id, mail_account_id);

-- who holds an account now and where they are reached: set when a mailbox is handed over, otherwise the request that
-- created the account says. quota_mb: the last quota Surel set.
alter table mail_account add column holder_name text;
alter table mail_account add column holder_nip text;
alter table mail_account add column holder_contact text;
alter table mail_account add column quota_mb int;
