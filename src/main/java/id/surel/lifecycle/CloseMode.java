package id.surel.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** How a closed account's mailbox is treated: kept (locked, content retained) or handed over to a successor. */
enum CloseMode {
    KEPT("kept"),
    HANDED_OVER("handed-over");

    private final String code;

    CloseMode(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<CloseMode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
