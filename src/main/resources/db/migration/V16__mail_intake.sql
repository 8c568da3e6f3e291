-- intake: every e-mail taken from a tenant's intake mailbox, once (unique Message-ID per tenant). A readable mail is a
-- draft request (status DRAFT, then SUBMITTED with its request, or REJECTED with a reason); a malformed or hostile
-- one is QUARANTINED with the reason code, and none of its content is kept beyond the headers.
create table intake_mail (
    id               uuid primary key,
    tenant_id        text not null references tenant (id),
    message_id       text not null,
    mailbox          text not null,
    received_at      timestamptz not null,
    sender           text,
    sender_name      text,
    subject          text,
    body             text,
    status           text not null,
    reason           text,          -- quarantine reason code, or the staff's reason for a rejection
    reason_detail    text,          -- what exactly was wrong (a file name and its detected type, a charset)
    size_bytes       bigint not null,
    applicant_name   text,
    applicant_nip    text,
    unit_code        text,
    local_part       text,          -- proposed local part of the address, if the mail names one
    request_id       uuid references request (id),
    replied_at       timestamptz,
    decided_by       text,
    decided_at       timestamptz,
    version          int not null default 0,
    unique (tenant_id, message_id)
);
create index intake_mail_by_status on intake_mail (tenant_id, status, received_at desc);

create table intake_attachment (
    id            bigserial primary key,
    tenant_id     text not null references tenant (id),
    mail_id       uuid not null references intake_mail (id),
    file_name     text not null,
    content_type  text not null,   -- detected from the content, not taken from the name or the sender's header
    content       bytea not null,
    sha256        text not null
);
create index intake_attachment_by_mail on intake_attachment (tenant_id, mail_id, id);
