-- audit: an append-only, hash-chained log. Each row holds the hash of the previous one and its own position, so an
-- edited row breaks its hash and a deleted row leaves a gap in the positions.
create table audit_log (
    position     bigint primary key,
    at           timestamptz not null,
    tenant_id    text,
    actor        text not null,
    action       text not null,
    subject      text,
    details      text,
    prev_hash    text not null,
    hash         text not null
);
create index audit_log_by_tenant on audit_log (tenant_id, position desc);
