-- tenant: time-boxed delegation (Plt.): a staff member may act as an SOP actor from one date to another, inclusive,
-- in the tenant's time zone
create table delegation (
    id                 bigserial primary key,
    tenant_id          text not null references tenant (id),
    actor_id           text not null,
    delegate_staff_id  bigint not null references staff (id),
    valid_from         date not null,
    valid_to           date not null,
    reason             text,
    created_by         text not null,
    created_at         timestamptz not null default now(),
    check (valid_to >= valid_from)
);
create index delegation_by_delegate on delegation (delegate_staff_id, valid_to);
create index delegation_by_tenant on delegation (tenant_id, valid_from desc);
