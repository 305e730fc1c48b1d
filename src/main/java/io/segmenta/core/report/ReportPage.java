package io.segmenta.core.report;

/**
 * The page around the report's sections: one HTML document with its styles and its font inside
 * ({@link ReportFont}: nothing is loaded from anywhere), a single column that reads on a phone, where
 * the charts scale down to the screen's width, and print rules for A4 (charts, cards and table rows
 * are never split across pages; the appendix starts on a new page).
 */
final class ReportPage {
    private ReportPage() {
    }

    static final String CSS = """
            :root { --text: #24292f; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0969da; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; color: var(--text); background: #fff;
              font: 16px/1.55 "Segmenta Noto Sans", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
            svg text { font-family: "Segmenta Noto Sans", "Noto Sans", sans-serif; font-kerning: none; }
            main { max-width: 860px; margin: 0 auto; padding: 32px 20px 48px; }
            header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }
            h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 6px; }
            h2 { font-size: 1.35rem; margin: 36px 0 10px; padding-top: 4px; border-top: 1px solid var(--line); }
            h3 { font-size: 1.05rem; margin: 0 0 4px; }
            p { margin: 8px 0; }
            .meta, .note, figcaption { color: var(--muted); font-size: .9rem; }
            .lead { font-size: 1.1rem; }
            figure { margin: 18px 0; }
            figure svg { display: block; width: 100%; height: auto; }
            .narrow { display: none; }
            .pair { display: flex; flex-wrap: wrap; gap: 16px; }
            .pair figure { flex: 1 1 320px; margin: 8px 0; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: .92rem; }
            th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { background: var(--soft); font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.all td { color: var(--muted); font-style: italic; }
            td.seg { min-width: 13em; }
            .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px;
              vertical-align: -1px; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 12px; }
            .card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 12px 14px; }
            .card .share { font-size: 1.5rem; font-weight: 700; }
            .card ul { margin: 6px 0 0; padding-left: 18px; }
            code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85rem; }
            pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px;
              white-space: pre-wrap; word-break: break-word; }
            .warnings { border-left: 6px solid #bf8700; background: #fff8c5; padding: 2px 16px 8px; margin-top: 16px; }
            .warnings h2 { border-top: 0; margin-top: 10px; }
            .warnings ul, ul.rules { padding-left: 20px; }
            ul.rules { list-style: none; padding-left: 0; }
            ul.rules li { margin: 4px 0; }
            .appendix { margin-top: 48px; }
            footer { margin-top: 40px; color: var(--muted); font-size: .85rem; }
            header + section h2 { border-top: 0; }
            @media (max-width: 560px) {
              main { padding: 18px 12px 32px; }
              .wide { display: none; }
              .narrow { display: block; }
              h1 { font-size: 1.5rem; }
              body { font-size: 15px; }
            }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              body { font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              h2 { break-after: avoid; page-break-after: avoid; }
              h3 { break-after: avoid; }
              figure, .card, tr, pre, .pair, .keep { break-inside: avoid; page-break-inside: avoid; }
              .appendix { break-before: page; page-break-before: always; margin-top: 0; }
              .scroll { overflow: visible; }
              a { color: inherit; text-decoration: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /** The embedded font's notice, as its licence asks. */
    static final String FONT_NOTE = "/* Noto Sans: Copyright 2022 The Noto Project Authors "
            + "(github.com/notofonts/latin-greek-cyrillic), SIL Open Font License 1.1 (scripts.sil.org/OFL) */\n";

    /** The whole document: head with title and styles, then the body's HTML. */
    static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Segmenta\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + FONT_NOTE + ReportFont.FACES + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** Text made safe inside HTML elements and attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
