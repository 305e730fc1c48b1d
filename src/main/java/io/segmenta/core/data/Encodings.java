package io.segmenta.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Works out how the bytes of a file are text: byte-order marks, UTF-8 or the windows-1252
 * fallback, and files that are not text at all (an Excel workbook renamed to .csv, an image).
 */
final class Encodings {
    /** The fallback for files that are not valid UTF-8 (a superset of ISO-8859-1's printable range). */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    /**
     * What the first bytes of a file say.
     *
     * @param charset   how to decode it
     * @param bomLength bytes of byte-order mark to skip
     * @param utf8      true when the bytes seen are valid UTF-8 (false: fell back to windows-1252)
     */
    record Probe(Charset charset, int bomLength, boolean utf8) {
    }

    /**
     * Inspects the head of a file.
     *
     * @param head     the first bytes
     * @param complete true when {@code head} is the whole file
     * @param file     the file as shown in messages
     * @throws CsvFormatException when the bytes are not text
     */
    static Probe probe(byte[] head, boolean complete, String file) {
        int n = head.length;
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Probe(StandardCharsets.UTF_16LE, 2, false);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Probe(StandardCharsets.UTF_16BE, 2, false);
        }
        rejectBinary(head, file);
        int bom = utf8BomLength(head);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, bom, n - bom);
        CharBuffer out = CharBuffer.allocate(n);
        CoderResult r = d.decode(in, out, complete);
        boolean valid = !r.isError() && (!complete || !d.flush(out).isError());
        return valid ? new Probe(StandardCharsets.UTF_8, bom, true) : new Probe(WINDOWS_1252, bom, false);
    }

    /** 3 when the bytes start with the UTF-8 byte-order mark, else 0. */
    static int utf8BomLength(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /** Bytes of byte-order mark that a file in {@code charset} starting with {@code head} has. */
    static int bomLength(byte[] head, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE ? 2 : 0;
        }
        if (charset.equals(StandardCharsets.UTF_16BE)) {
            return head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF ? 2 : 0;
        }
        return utf8BomLength(head);
    }

    /** Decodes the head for sniffing, replacing anything undecodable. */
    static String decode(byte[] head, Probe probe) {
        CharsetDecoder d = probe.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(head.length + 4);
        d.decode(ByteBuffer.wrap(head, probe.bomLength(), head.length - probe.bomLength()), out, false);
        out.flip();
        return out.toString();
    }

    /**
     * The 1-based line of the first byte sequence that is not valid UTF-8, or -1 when there is none.
     * Reads {@code in} to the end or to the error; used to say where a file stops being UTF-8.
     */
    static long firstInvalidUtf8Line(InputStream in) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        byte[] a = bytes.array();
        long line = 1;
        while (true) {
            int n = in.read(a, bytes.position(), bytes.remaining());
            boolean end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            int from = bytes.position();
            CoderResult r;
            do {
                chars.clear();
                r = d.decode(bytes, chars, end);
            } while (r.isOverflow());
            for (int i = from; i < bytes.position(); i++) {
                if (a[i] == '\n') {
                    line++;
                }
            }
            if (r.isError()) {
                return line;
            }
            bytes.compact();
            if (end) {
                return -1;
            }
        }
    }

    private static void rejectBinary(byte[] head, String file) {
        String kind = null;
        String advice = "Open it in its program and save or export it as CSV (in Excel: File > Save As > CSV UTF-8), "
                + "then open the CSV file.";
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            kind = zipKind(head);
            if (kind.startsWith("a zip")) {
                advice = "Unpack it and open the CSV file inside.";
            }
        } else if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            kind = "an old Excel workbook (.xls) or another Office document";
        } else if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            kind = "a PDF document";
            advice = "Choose the CSV file with the customer table, or export the table from the program that made "
                    + "the PDF.";
        } else if (startsWith(head, 0x89, 0x50, 0x4E, 0x47)) {
            kind = "a PNG image";
        } else if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            kind = "a JPEG image";
        } else if (startsWith(head, 0x47, 0x49, 0x46, 0x38)) {
            kind = "a GIF image";
        } else if (startsWith(head, 0x1F, 0x8B)) {
            kind = "gzip-compressed data inside gzip-compressed data";
            advice = "Decompress it until the CSV file appears, then open that.";
        } else if (startsWith(head, 0x50, 0x41, 0x52, 0x31)) {
            kind = "a Parquet file";
        } else if (startsWith(head, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) {
            kind = "a 7-Zip archive";
            advice = "Unpack it and open the CSV file inside.";
        }
        if (kind != null && kind.endsWith("image")) {
            advice = "Choose the CSV file with the customer table.";
        }
        if (kind != null) {
            throw new CsvFormatException(file + ", line 1: this is " + kind + ", not a CSV text file. " + advice,
                    file, 1, 0);
        }
        int line = 1;
        int control = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                throw notText(file, line, "a zero byte at byte " + (i + 1));
            } else if (b < 0x20 && b != '\t' && b != '\r' && b != 0x0C && b != 0x1A) {
                control++;
            }
        }
        if (head.length >= 32 && control * 10 > head.length) {
            throw notText(file, 1, control + " control characters in its first " + head.length + " bytes");
        }
    }

    /** What a zip file is, from the names of its first entries. */
    private static String zipKind(byte[] head) {
        String names = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (names.contains("xl/")) {
            return "an Excel workbook (.xlsx)";
        }
        if (names.contains("word/")) {
            return "a Word document (.docx)";
        }
        if (names.contains("ppt/")) {
            return "a PowerPoint presentation (.pptx)";
        }
        if (names.contains("opendocument.spreadsheet")) {
            return "an OpenDocument spreadsheet (.ods)";
        }
        if (names.contains("opendocument.text")) {
            return "an OpenDocument text document (.odt)";
        }
        if (names.contains("[Content_Types].xml")) {
            return "an Office document (.xlsx, .docx or .pptx)";
        }
        return "a zip archive";
    }

    private static CsvFormatException notText(String file, int line, String evidence) {
        return new CsvFormatException(file + ", line " + line + ": this does not look like a CSV text file (it has "
                + evidence + ", so it is binary data such as a spreadsheet, image or archive). Export the table "
                + "as CSV from the program that made it, then open the CSV file.", file, line, 0);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
