-- A suspended account still belongs to its owner: one account per owner counts ACTIVE and SUSPENDED ones, so a
-- suspension is not a way to a second account. A CLOSED account frees the owner.
drop index mail_account_one_active_per_owner;
create unique index mail_account_one_active_per_owner on mail_account (tenant_id, owner_key)
    where status in ('ACTIVE', 'SUSPENDED');
