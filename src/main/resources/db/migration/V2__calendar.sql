-- calendar: each tenant's weekly service hours and the days it does not work; the zone stays on tenant.zone_id
create table tenant_calendar (
    tenant_id   text primary key references tenant (id),
    week        jsonb not null,                -- {"MONDAY": ["07:30-12:00", "13:00-16:00"], ...}, local times
    updated_at  timestamptz not null default now()
);

create table tenant_holiday (
    tenant_id   text not null references tenant (id),
    date        date not null,
    kind        text not null check (kind in ('NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE', 'CLOSURE')),
    name        text not null,
    source      text not null default '',     -- the decree (SKB) or who decided a closure
    primary key (tenant_id, date)
);
