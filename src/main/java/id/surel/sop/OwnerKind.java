package id.surel.sop;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who an account of a request type belongs to: one open request and one active account per owner. The owner also
 * gives the address Surel proposes when the applicant leaves it empty.
 */
public enum OwnerKind {
    /** A civil servant, by NIP; the address comes from the applicant's name. */
    NIP("nip", "nip"),
    /** An agency (Perangkat Daerah), by unit code; the address comes from the unit code. */
    UNIT("unit", "unit"),
    /** An activity, event or other named account, by the account's name; the address comes from that name. */
    ACCOUNT_NAME("account-name", "event");

    private final String word;
    private final String keyPrefix;

    OwnerKind(String word, String keyPrefix) {
        this.word = word;
        this.keyPrefix = keyPrefix;
    }

    /** As written in the definition: {@code nip}, {@code unit}, {@code account-name}. */
    public String word() {
        return word;
    }

    /** The owner key stored with requests and accounts, e.g. {@code nip:198503122010011004}. */
    public String ownerKey(String value) {
        return keyPrefix + ":" + value;
    }

    static Optional<OwnerKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
