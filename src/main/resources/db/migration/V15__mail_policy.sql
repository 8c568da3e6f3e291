-- mailbox: each government's mail policy (seeded from seed/tenants.yaml where unset; an admin's change is kept):
-- how addresses are named, which names are reserved, and when the mail server counts as full for check-capacity.
create table tenant_mail_policy (
    tenant_id                   text primary key references tenant (id),
    naming                      text not null,   -- JSON of id.surel.mailbox.NamingRules (patterns, reserved names)
    capacity_threshold_percent  int not null default 100
        check (capacity_threshold_percent between 1 and 100),
    mailbox_limit               int check (mailbox_limit >= 0)   -- the government's own limit (licences); null = none
);
