-- security: failed logins per username, for throttling brute force across all nodes
create table login_failure (
    username  text not null,
    at        timestamptz not null
);
create index login_failure_by_username on login_failure (username, at desc);
