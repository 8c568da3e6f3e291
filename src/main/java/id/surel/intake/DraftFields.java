package id.surel.intake;

import java.util.Map;

/**
 * What Surel could read from a mail (or staff typed on the draft page) for the request form; any may be null.
 * {@code requestType} is the id of one of the SOP's request types, {@code typeFields} that type's own fields by id.
 */
record DraftFields(String applicantName, String applicantNip, String unitCode, String localPart, String requestType,
        Map<String, String> typeFields) {

    DraftFields {
        typeFields = typeFields == null ? Map.of() : Map.copyOf(typeFields);
    }
}
