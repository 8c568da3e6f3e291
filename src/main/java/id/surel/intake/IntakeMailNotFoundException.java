package id.surel.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such mail for this tenant (another tenant's id looks the same as a wrong one). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class IntakeMailNotFoundException extends RuntimeException {

    IntakeMailNotFoundException() {
        super("intake mail not found");
    }
}
