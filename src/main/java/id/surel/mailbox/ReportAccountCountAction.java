package id.surel.mailbox;

import id.surel.sop.SystemAction;
import id.surel.workflow.ActionContext;
import id.surel.workflow.SystemActionHandler;
import org.springframework.stereotype.Component;

/** {@code report-account-count}: records how many active accounts the tenant has after the latest addition. */
@Component
class ReportAccountCountAction implements SystemActionHandler {

    private final MailAccounts accounts;

    ReportAccountCountAction(MailAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public SystemAction action() {
        return SystemAction.REPORT_ACCOUNT_COUNT;
    }

    @Override
    public String run(ActionContext context) {
        long count = accounts.countActive(context.request().tenantId().value());
        return "Jumlah akun aktif: " + count;
    }
}
