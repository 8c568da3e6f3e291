-- tenant: operators (super-admins) manage the tenants themselves and belong to none; a tenant can be deactivated
create table operator (
    id             bigserial primary key,
    username       text not null unique,
    password_hash  text not null,
    full_name      text not null,
    enabled        boolean not null default true
);
alter table tenant add column active boolean not null default true;
