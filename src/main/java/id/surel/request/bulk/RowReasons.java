package id.surel.request.bulk;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A batch row's status and reason as text in one language, for the report page, its CSV and the result mail. */
@Component
class RowReasons {

    private final MessageSource messages;

    RowReasons(MessageSource messages) {
        this.messages = messages;
    }

    String status(BatchRow row, Locale locale) {
        return messages.getMessage("bulk.status." + row.status(), null, locale);
    }

    /** Why a row was refused or failed; empty for a row that is fine. */
    String reason(BatchRow row, Locale locale) {
        String code = row.status() == RowStatus.FAILED ? row.failure() : row.problem();
        if (code == null) {
            return "";
        }
        return messages.getMessage(code, row.problemArg() == null ? null : new Object[] {row.problemArg()}, code, locale);
    }
}
