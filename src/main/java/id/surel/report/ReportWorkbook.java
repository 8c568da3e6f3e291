package id.surel.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link PeriodReport} as an XLSX workbook: a summary sheet, then one sheet per table, each with a bold header row
 * that stays frozen while scrolling, and numbers as numeric cells.
 */
final class ReportWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle hours;
    private final ReportTexts texts;

    private ReportWorkbook(ReportTexts texts) {
        this.texts = texts;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        hours = workbook.createCellStyle();
        hours.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }

    static byte[] of(PeriodReport report, ReportTexts texts) {
        ReportWorkbook book = new ReportWorkbook(texts);
        book.summary(report);
        book.accounts(report.accounts());
        book.requests(report.requests());
        book.leadTimes(report.leadTimes());
        book.workbook.getProperties().getCoreProperties().setTitle(
                texts.get("report.title") + " " + report.tenant().name());
        return book.bytes();
    }

    private void summary(PeriodReport report) {
        Sheet sheet = sheet("report.sheet.summary", "report.item", "report.value");
        row(sheet, texts.get("report.government"), report.tenant().name());
        row(sheet, texts.get("report.period"), report.period().from() + " – " + report.period().to());
        row(sheet, texts.get("report.accountsCreated"), report.totalAccounts());
        row(sheet, texts.get("report.requestsSubmitted"), report.totalRequests());
        row(sheet, texts.get("report.requestsClosed"), report.leadTimes().get(report.leadTimes().size() - 1).closed());
        fit(sheet, 2);
    }

    private void accounts(List<AccountCount> accounts) {
        Sheet sheet = sheet("report.sheet.accounts", "report.unit", "report.unitCode", "report.type",
                "report.status", "report.month", "report.accounts");
        for (AccountCount a : accounts) {
            row(sheet, a.unitName(), a.unitCode(), texts.type(a.type()), texts.accountStatus(a.status()),
                    a.month().toString(), a.accounts());
        }
        fit(sheet, 6);
    }

    private void requests(List<RequestCount> requests) {
        Sheet sheet = sheet("report.sheet.requests", "report.status", "report.outcome", "report.requests");
        for (RequestCount r : requests) {
            row(sheet, texts.requestStatus(r.status()), texts.outcome(r.outcome()), r.requests());
        }
        fit(sheet, 3);
    }

    private void leadTimes(List<LeadTime> leadTimes) {
        Sheet sheet = sheet("report.sheet.leadTime", "report.outcome", "report.closed", "report.medianHours",
                "report.p90Hours", "report.maxHours", "report.medianWorkingHours", "report.p90WorkingHours",
                "report.maxWorkingHours");
        for (LeadTime t : leadTimes) {
            row(sheet, t.total() ? texts.get("report.allOutcomes") : texts.outcome(t.outcome()), t.closed(),
                    t.medianHours(), t.p90Hours(), t.maxHours(), t.medianWorkingHours(), t.p90WorkingHours(),
                    t.maxWorkingHours());
        }
        fit(sheet, 8);
    }

    private Sheet sheet(String nameKey, String... headerKeys) {
        Sheet sheet = workbook.createSheet(texts.get(nameKey));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headerKeys.length; i++) {
            row.createCell(i).setCellValue(texts.get(headerKeys[i]));
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Appends a row: text as text, whole numbers as integers, hours with one decimal, null as an empty cell. */
    private void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Long n) {
                row.createCell(i).setCellValue(n);
            } else if (values[i] instanceof Double d) {
                row.createCell(i).setCellValue(d);
                row.getCell(i).setCellStyle(hours);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    /** Column widths from the longest text, since autosizing needs fonts a server may not have. */
    private static void fit(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            int longest = 8;
            for (Row row : sheet) {
                if (row.getCell(c) != null) {
                    longest = Math.max(longest, row.getCell(c).toString().length());
                }
            }
            sheet.setColumnWidth(c, Math.min(80, longest + 2) * 256);
        }
    }

    private byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX writing failed", e);
        }
    }
}
