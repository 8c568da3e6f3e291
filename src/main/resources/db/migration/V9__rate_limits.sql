-- security: fixed-window request counters per client and route, shared by all nodes
create table rate_limit (
    bucket        text not null,
    window_start  timestamptz not null,
    hits          int not null,
    primary key (bucket, window_start)
);
