-- staff: an admin-set password must be replaced by its owner at the next login
alter table staff add column must_change_password boolean not null default false;
alter table staff add column password_changed_at timestamptz;
