package id.surel.request.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A staff list as an XLSX workbook, read as a stream of SAX events from its first sheet (POI's event API), so a
 * 10,000-row sheet never becomes an in-memory workbook. POI's zip-bomb guard (inflate ratio, entry size) applies.
 */
final class XlsxStaffList {

    private XlsxStaffList() {
    }

    static List<StaffRow> read(byte[] content, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new StaffListException("bulk.file.noRows");
            }
            Rows rows = new Rows(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (StaffListException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new StaffListException("bulk.file.unreadable");
        }
    }

    /** Collects cells row by row; the first row with any content is the header. */
    private static final class Rows implements SheetContentsHandler {

        private final int maxRows;
        private final List<StaffRow> rows = new ArrayList<>();
        private StaffColumns columns;
        private List<String> cells;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = StaffColumns.of(cells);
                return;
            }
            if (rows.size() == maxRows) {
                throw new StaffListException("bulk.file.tooManyRows", maxRows);
            }
            rows.add(columns.row(rowNum + 1, cells));
        }
    }
}
