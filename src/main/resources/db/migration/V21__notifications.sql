-- notify: how each staff member wants to hear that a request waits on them, and the day their last digest went out
alter table staff add column notice_mode text not null default 'IMMEDIATE'
    check (notice_mode in ('IMMEDIATE', 'DIGEST', 'NONE'));
alter table staff add column last_digest_on date;
create index staff_digest_due on staff (tenant_id, last_digest_on) where notice_mode = 'DIGEST';

-- notify: e-mails ride the outbox as jobs with a notice code; a staff notice names its recipient, a digest has no
-- request (and so no step)
alter table outbox_job add column notice text;
alter table outbox_job add column recipient_staff_id bigint references staff (id) on delete cascade;
alter table outbox_job alter column request_id drop not null;
alter table outbox_job alter column step_id drop not null;
alter table outbox_job add constraint outbox_job_action_has_request
    check (notice is not null or (request_id is not null and step_id is not null));

-- notify: a tenant's own text of a notice in one language (absent: the default from the message bundles)
create table notice_template (
    tenant_id   text not null references tenant (id),
    notice      text not null,
    language    text not null check (language in ('id', 'en')),
    subject     text not null,
    body        text not null,
    updated_by  text not null,
    updated_at  timestamptz not null default now(),
    primary key (tenant_id, notice, language)
);
