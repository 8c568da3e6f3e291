-- intake: the request type of a draft (read from the mail when it names one of the SOP's types reliably, else the
-- SOP's first; staff may change it on the draft page) and that type's own fields by field id, e.g. {"nama-akun": "..."}
alter table intake_mail add column request_type text;
alter table intake_mail add column type_fields jsonb not null default '{}'::jsonb;
