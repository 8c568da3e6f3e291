-- report: the read models the report feature queries, so that its SQL names views it owns rather than reaching into
-- the tables of workflow and mailbox. Every view keeps tenant_id, and every report query filters by it.

-- accounts whose mailbox exists on the mail platform, with the type and agency (OPD) they were requested for and
-- the month of creation in the tenant's own time zone
create view report_account as
select a.tenant_id,
       a.id                  as account_id,
       a.status,
       a.mailbox_created_at,
       to_char(a.mailbox_created_at at time zone t.zone_id, 'YYYY-MM') as month,
       r.request_type,
       r.unit_code,
       u.name                as unit_name
from mail_account a
    join request r on r.tenant_id = a.tenant_id and r.id = a.request_id
    join unit u on u.tenant_id = r.tenant_id and u.code = r.unit_code
    join tenant t on t.id = a.tenant_id
where a.mailbox_created_at is not null;

-- requests with their lead time once closed: clock time from submission to closing, and working time as the sum of
-- their steps' working seconds (the steps follow each other without gaps; pauses are already left out of them)
create view report_request as
select r.tenant_id,
       r.id,
       r.tracking_number,
       r.definition_id,
       r.request_type,
       r.status,
       r.outcome,
       r.submitted_at,
       r.closed_at,
       r.current_step,
       r.current_actor,
       r.awaiting_action,
       r.step_due_at,
       r.step_late_at,
       extract(epoch from (r.closed_at - r.submitted_at))::double precision as lead_seconds,
       (select sum(s.working_seconds) from request_step s
        where s.tenant_id = r.tenant_id and s.request_id = r.id)::double precision as lead_working_seconds
from request r;
