package id.surel.request.bulk;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the columns of a staff list by their header, in Indonesian or English ("Nama"/"Name", "NIP",
 * "Jabatan"/"Position", "Unit kerja"/"Unit", "E-mail kontak"/"Contact e-mail", optional "Username"), in any order.
 */
final class StaffColumns {

    enum Column {
        NAME(true, "nama", "namalengkap", "name", "fullname"),
        NIP(true, "nip"),
        POSITION(true, "jabatan", "position"),
        WORK_UNIT(true, "unit", "unitkerja", "satuankerja", "bidang", "workunit"),
        CONTACT(true, "email", "emailkontak", "kontak", "emailpribadi", "contact", "contactemail"),
        USERNAME(false, "username", "usulanusername", "usulanalamat", "proposedusername");

        final boolean required;
        final Set<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = Set.of(headers);
        }
    }

    private final Map<Column, Integer> index;

    private StaffColumns(Map<Column, Integer> index) {
        this.index = index;
    }

    /** The columns named by a header row; a missing required column is a file-level error. */
    static StaffColumns of(List<String> header) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String key = normalize(header.get(i));
            for (Column c : Column.values()) {
                if (c.headers.contains(key)) {
                    index.putIfAbsent(c, i);
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !index.containsKey(c)) {
                throw new StaffListException("bulk.file.column", c.headers.iterator().next().toUpperCase(Locale.ROOT));
            }
        }
        return new StaffColumns(index);
    }

    StaffRow row(int line, List<String> cells) {
        return new StaffRow(line, cell(cells, Column.NAME), cell(cells, Column.NIP), cell(cells, Column.POSITION),
                cell(cells, Column.WORK_UNIT), cell(cells, Column.CONTACT), cell(cells, Column.USERNAME));
    }

    private String cell(List<String> cells, Column column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null) {
            return null;
        }
        String value = cells.get(i);
        // keep a leading tab or CR: they are how a formula hides, and the row check must see them
        String trimmed = value.replaceAll("^[ \\u00a0]+|[\\s\\u00a0]+$", "");
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String normalize(String header) {
        if (header == null) {
            return "";
        }
        return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
