-- security: optional TOTP second factor. The secret is AES-GCM encrypted (key from configuration); totp_last_step is
-- the last time step accepted, so a code cannot be used twice. Recovery codes are stored only as SHA-256 hashes.
alter table staff add column totp_secret text;
alter table staff add column totp_enabled boolean not null default false;
alter table staff add column totp_last_step bigint;

create table staff_recovery_code (
    staff_id   bigint not null references staff (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (staff_id, code_hash)
);
