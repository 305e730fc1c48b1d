package io.segmenta.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An .xlsx workbook read with POI's streaming reader: the parts every sheet needs (shared strings,
 * styles, the 1904 date system, the sheet names) are loaded once; each sheet's XML is parsed as it
 * streams ({@link XlsxSheetParser}).
 */
final class XlsxBook implements SheetBook {

    final OPCPackage pkg;
    final XSSFReader reader;
    final ReadOnlySharedStringsTable strings;
    final StylesTable styles;
    final boolean date1904;
    final List<String> names = new ArrayList<>();

    XlsxBook(OPCPackage pkg) throws IOException, OpenXML4JException {
        this(pkg, sharedStrings(pkg));
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException {
        try {
            return new ReadOnlySharedStringsTable(pkg, false);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("the shared strings are damaged: " + e.getMessage(), e);
        }
    }

    private XlsxBook(OPCPackage pkg, ReadOnlySharedStringsTable strings) throws IOException, OpenXML4JException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = strings;
        this.styles = reader.getStylesTable();
        this.date1904 = date1904(reader);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            names.add(it.getSheetName());
        }
    }

    private static boolean date1904(XSSFReader reader) {
        try (InputStream in = reader.getWorkbookData()) {
            Document doc = DocumentHelper.readDocument(in);
            NodeList pr = doc.getElementsByTagNameNS("*", "workbookPr");
            if (pr.getLength() > 0) {
                String v = ((Element) pr.item(0)).getAttribute("date1904");
                return "1".equals(v) || "true".equals(v);
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public Stats parse(int index, Consumer<SheetRows.Row> rows) throws IOException {
        XlsxSheetParser parser = new XlsxSheetParser(strings, styles, date1904, rows);
        try (InputStream in = sheet(index)) {
            parser.parse(in);
        }
        return parser.stats();
    }

    private InputStream sheet(int index) throws IOException {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; it.hasNext(); i++) {
                InputStream in = it.next();
                if (i == index) {
                    return in;
                }
                in.close();
            }
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        throw new IOException("sheet " + (index + 1) + " is missing");
    }
}
