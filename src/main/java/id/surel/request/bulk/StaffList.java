package id.surel.request.bulk;

import java.util.List;

/**
 * Reads an uploaded staff list: an XLSX workbook (recognised by its content, a ZIP container) or else a CSV file in
 * UTF-8. The first row is the header; empty rows are skipped; more than {@code maxRows} data rows is refused.
 */
final class StaffList {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private StaffList() {
    }

    static List<StaffRow> read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new StaffListException("bulk.file.empty");
        }
        List<StaffRow> rows = isZip(content) ? XlsxStaffList.read(content, maxRows) : CsvStaffList.read(content, maxRows);
        if (rows.isEmpty()) {
            throw new StaffListException("bulk.file.noRows");
        }
        return rows;
    }

    private static boolean isZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
