package id.surel.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What staff post when they complete a draft: the corrected fields, the request type and the attachment that is the
 * request letter. The type's own fields come as {@code fields[<id>]} parameters, read by {@link #typeFields(Map)}.
 */
record DraftForm(String applicantName, String applicantNip, String unitCode, String contactEmail, String localPart,
        String type, Long letterId, int version) {

    private static final String PREFIX = "fields[";

    DraftFields fields(Map<String, String> params) {
        return new DraftFields(blankToNull(applicantName), blankToNull(applicantNip), blankToNull(unitCode),
                blankToNull(localPart), blankToNull(type), typeFields(params));
    }

    String sender() {
        return blankToNull(contactEmail);
    }

    /** The {@code fields[<id>]} parameters that are filled in, by id. */
    static Map<String, String> typeFields(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.endsWith("]") && blankToNull(value) != null) {
                fields.put(name.substring(PREFIX.length(), name.length() - 1), value.strip());
            }
        });
        return fields;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
