package id.surel.lifecycle;

/**
 * An account and the person verified to hold it: the NIP matched, so lifecycle notices and credentials go to
 * {@code contact}, the address recorded when the account was made (or handed over), never one typed into the form.
 */
record Holder(long accountId, String address, String ownerKey, String status, String name, String nip,
        String contact, String unitCode) {
}
