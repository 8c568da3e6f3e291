-- tenant: how its letters look and are numbered (seeded from seed/tenants.yaml where unset; null = the default)
alter table tenant
    add column letter_number  text,   -- pattern, e.g. {seq}/{kind}/DISKOMINFO/{month-roman}/{year}
    add column letter_office  text,   -- second line of the letterhead (kop surat), e.g. Dinas Komunikasi dan Informatika
    add column letter_place   text,   -- the place of the date line, e.g. Bogor
    add column letter_logo    text;   -- a PNG/JPEG resource for the letterhead; null = a neutral drawn emblem

-- tenant: the civil-servant number printed under a signing official's name
alter table staff add column nip text;

-- document: the archive of documents Surel issued for a request (letters as signed PDF)
create table request_document (
    id          bigserial primary key,
    tenant_id   text not null references tenant (id),
    request_id  uuid not null references request (id),
    kind        text not null,
    number      text not null,
    title       text not null,
    pdf         bytea not null,
    sha256      text not null,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    unique (tenant_id, number)
);
create index request_document_by_request on request_document (tenant_id, request_id, id);
-- a request gets one reply letter: a repeated notify-applicant job reuses it instead of numbering a new one
create unique index request_document_one_reply on request_document (tenant_id, request_id) where kind = 'REPLY';
