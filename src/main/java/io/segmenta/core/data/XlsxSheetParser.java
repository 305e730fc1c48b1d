package io.segmenta.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet of an .xlsx file (its XML part, read with SAX, so a million rows never sit
 * in memory as cell objects): each row's cells as text, numbers formatted with a date style as
 * dates, formulas as the value Excel saved with them, booleans as {@code true}/{@code false}, error
 * values ({@code #DIV/0!}) as missing. Hidden rows are delivered like the others, flagged; the merged
 * ranges, which the file lists after the cells, are collected for the header.
 */
final class XlsxSheetParser extends DefaultHandler {
    /** Thrown by a consumer to stop reading early (e.g. after the first row). */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Consumer<SheetRows.Row> rows;
    private final SheetBook.Stats stats = new SheetBook.Stats(new ArrayList<>());
    private final SheetRows.Builder row = new SheetRows.Builder();
    private final StringBuilder value = new StringBuilder();
    private final java.util.Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();

    private long rowNumber;
    private boolean rowHidden;
    private boolean rowHasCells;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean formula;
    private boolean hasValue;

    XlsxSheetParser(SharedStrings strings, StylesTable styles, boolean date1904, Consumer<SheetRows.Row> rows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    /** Parses the sheet's XML, handing each row with at least one cell to the consumer. */
    void parse(InputStream sheet) throws IOException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(this);
            reader.parse(new InputSource(sheet));
        } catch (SAXException e) {
            throw new IOException("the sheet's XML is damaged: " + e.getMessage(), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** What the sheet held besides its rows (complete once {@link #parse} has returned). */
    SheetBook.Stats stats() {
        return stats;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r != null ? Long.parseLong(r) : rowNumber + 1;
                String hidden = atts.getValue("hidden");
                rowHidden = "1".equals(hidden) || "true".equals(hidden);
                rowHasCells = false;
                column = -1;
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref != null ? column(ref) : column + 1;
                type = atts.getValue("t");
                String s = atts.getValue("s");
                style = s != null ? Integer.parseInt(s) : -1;
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "v", "t" -> {
                inValue = true;
                if ("v".equals(name)) {
                    value.setLength(0);
                }
            }
            case "f" -> formula = true;
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    stats.merged().add(CellRangeAddress.valueOf(ref));
                }
            }
            default -> {
            }
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12} (its letters). */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return c - 1;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        switch (name) {
            case "v", "t" -> {
                inValue = false;
                hasValue = true;
            }
            case "c" -> cell();
            case "row" -> {
                if (rowHasCells) {
                    rows.accept(row.build(rowNumber, rowHidden));
                } else {
                    row.build(rowNumber, rowHidden);
                }
            }
            default -> {
            }
        }
    }

    private void cell() {
        if (!hasValue) {
            if (formula) {
                stats.uncalculated(rowNumber);
            }
            return;
        }
        String v = value.toString();
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> put(strings.getItemAt(Integer.parseInt(v.trim())).getString(), true);
            case "inlineStr", "str" -> put(v, true);
            case "b" -> put("1".equals(v.trim()) ? "true" : "false", false);
            case "e" -> {
                stats.error(rowNumber);
            }
            default -> put(number(v.trim()), false);
        }
    }

    private String number(String v) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return v;
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
            return TableBuilder.date(t, true);
        }
        return TableBuilder.number(d);
    }

    /** Whether cell style {@code index} formats numbers as dates (decided once per style). */
    private boolean isDateStyle(int index) {
        if (index < 0 || styles == null || index >= styles.getNumCellStyles()) {
            return false;
        }
        Boolean known = dateStyles.get(index);
        if (known == null) {
            XSSFCellStyle cs = styles.getStyleAt(index);
            known = cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
            dateStyles.put(index, known);
        }
        return known;
    }

    private void put(String v, boolean text) {
        if (column >= 0) {
            row.set(column, v, text);
            rowHasCells |= !v.isBlank();
        }
    }
}
