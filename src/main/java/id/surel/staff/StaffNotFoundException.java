package id.surel.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No staff account of that name in the admin's own tenant (another tenant's account is "not found" too). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StaffNotFoundException extends RuntimeException {

    StaffNotFoundException() {
        super("no such staff account in this tenant");
    }
}
