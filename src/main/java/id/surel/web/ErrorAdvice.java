package id.surel.web;

import id.surel.sop.DefinitionNotFoundException;
import id.surel.tenant.UnknownTenantException;
import id.surel.workflow.RequestNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Maps "not yours / not there" to one 404 page, so another tenant's ids reveal nothing. */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler({RequestNotFoundException.class, UnknownTenantException.class,
            DefinitionNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
