package id.surel.request;

import id.surel.sop.RequiredDocument;
import id.surel.workflow.RequestFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a file handed in for one required document: present when required, within the size limit, and of an
 * accepted kind as told by its content (an executable renamed {@code .pdf} is refused). Each problem is reported on
 * the document's form field, naming the document in the reader's language.
 */
@Component
public class UploadedFiles {

    private final Tika tika = new Tika();

    /** The checked file, or empty (a missing optional document, or a problem reported on {@code field}). */
    public Optional<RequestFile> check(RequiredDocument requirement, MultipartFile file, Errors errors, String field) {
        Locale locale = LocaleContextHolder.getLocale();
        String label = requirement.label().in(locale);
        if (file == null || file.isEmpty()) {
            if (requirement.required()) {
                errors.rejectValue(field, "request.document.required", new Object[] {label}, null);
            }
            return Optional.empty();
        }
        if (file.getSize() > requirement.maxBytes()) {
            errors.rejectValue(field, "request.document.tooLarge", new Object[] {label, requirement.maxMegabytes()},
                    null);
            return Optional.empty();
        }
        try {
            byte[] content = file.getBytes();
            String fileName = fileName(file.getOriginalFilename(), requirement);
            String detected = tika.detect(content, fileName);
            if (!requirement.accepts(detected)) {
                errors.rejectValue(field, "request.document.wrongType",
                        new Object[] {label, detected, String.join(", ", requirement.contentTypes())}, null);
                return Optional.empty();
            }
            return Optional.of(new RequestFile(requirement.id(), fileName, detected, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the file was sent with, without any folder part; the requirement's id when it has none. */
    private static String fileName(String original, RequiredDocument requirement) {
        if (original == null || original.isBlank()) {
            return requirement.id();
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? requirement.id() : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
