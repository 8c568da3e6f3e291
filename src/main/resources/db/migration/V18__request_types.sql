-- request types are data (SOP definition 'requestTypes'): the stored type is the definition's type id
update request set request_type = case request_type
    when 'PERSONAL' then 'pribadi' when 'UNIT' then 'opd' when 'EVENT' then 'kegiatan' else request_type end;

-- every document handed in for a request, with the submission or later on request of staff (send back)
create table request_file (
    id              bigserial primary key,
    tenant_id       text not null references tenant (id),
    request_id      uuid not null references request (id),
    requirement_id  text not null,
    file_name       text not null,
    content_type    text not null,
    size_bytes      bigint not null,
    content         bytea not null,
    sha256          text not null,
    uploaded_by     text not null,
    uploaded_at     timestamptz not null
);
create index request_file_by_request on request_file (tenant_id, request_id, id);

insert into request_file (tenant_id, request_id, requirement_id, file_name, content_type, size_bytes, content,
        sha256, uploaded_by, uploaded_at)
select l.tenant_id, l.request_id, 'surat-permohonan', l.file_name, l.content_type, length(l.content), l.content,
       l.sha256, 'pemohon', r.submitted_at
from request_letter l join request r on r.id = l.request_id;
drop table request_letter;

-- the request type's own fields (definition 'requestTypes[].fields'), by field id
create table request_field (
    tenant_id   text not null references tenant (id),
    request_id  uuid not null references request (id),
    field_id    text not null,
    value       text not null,
    primary key (request_id, field_id)
);

-- what staff asked the applicant to hand in (send back); cleared when the applicant answers
alter table request add column asked_documents text[];
alter table request add column asked_note text;

-- further private tracking links of a request (e.g. the one mailed with a request for documents); only hashes
create table request_link (
    token_hash  text primary key,
    tenant_id   text not null references tenant (id),
    request_id  uuid not null references request (id),
    created_at  timestamptz not null
);
create index request_link_by_request on request_link (request_id);
