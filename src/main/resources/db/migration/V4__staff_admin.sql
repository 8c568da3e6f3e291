-- tenant: a staff member may administer the tenant's settings (calendar now; staff and roles later)
alter table staff add column admin boolean not null default false;
