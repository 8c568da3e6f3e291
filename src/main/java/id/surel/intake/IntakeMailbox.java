package id.surel.intake;

import id.surel.tenant.TenantId;

/** Where one tenant's incoming requests are read from over IMAP. Its text form never shows the password. */
record IntakeMailbox(TenantId tenantId, String address, String host, int port, String username, String password,
        boolean ssl, String folder) {

    @Override
    public String toString() {
        return "IntakeMailbox[" + tenantId.value() + ": " + address + " at " + host + ":" + port + "]";
    }
}
