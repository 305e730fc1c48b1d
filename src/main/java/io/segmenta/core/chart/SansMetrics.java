package io.segmenta.core.chart;

import java.text.Normalizer;

/**
 * Text widths without a window, from a font's advance widths (Regular and Bold, in thousandths of an
 * em, for the printable ASCII characters and the few others charts write). {@link #INSTANCE} is
 * DejaVu Sans, the sans-serif of most Linux systems and one of the widest common ones: text laid out
 * with it fits when a browser draws a standalone SVG in DejaVu Sans and has room to spare in the
 * narrower sans-serifs of other systems (Arial, Helvetica, Roboto, Segoe UI). {@link #NOTO_SANS} is
 * the Noto Sans the report embeds ({@code core/report/fonts}), so the report's labels are measured
 * in the font that draws them. An accented letter measures as its base letter; other characters as
 * a wide letter.
 */
public final class SansMetrics implements TextMetrics {
    /** DejaVu Sans (the table never changes). */
    public static final SansMetrics INSTANCE = new SansMetrics(new short[] {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636,
        636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656,
        557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613,
        635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818,
        592, 592, 525, 636, 337, 636, 838
    }, new short[] {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696,
        696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775,
        637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675,
        716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924,
        645, 652, 582, 712, 365, 712, 838
    }, new short[] {500, 500, 1000, 1000, 838, 838}, new short[] {500, 500, 1000, 1000, 838, 838});

    /**
     * Noto Sans 2.x, the latin subset the report embeds (read from the font files' {@code hmtx} and
     * {@code cmap}; {@code ReportOnPhoneTest} checks them against Chromium drawing the report).
     */
    public static final SansMetrics NOTO_SANS = new SansMetrics(new short[] {
        260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572,
        572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619,
        524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561,
        615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786,
        529, 510, 470, 380, 551, 380, 572
    }, new short[] {
        260, 282, 479, 646, 572, 902, 750, 266, 339, 339, 542, 572, 285, 320, 281, 415, 572, 572, 572, 572, 572, 572,
        572, 572, 572, 572, 281, 285, 572, 572, 572, 477, 898, 692, 665, 642, 732, 560, 549, 724, 765, 389, 331, 664,
        559, 943, 813, 791, 621, 791, 656, 551, 577, 756, 650, 967, 670, 626, 579, 331, 415, 331, 572, 411, 365, 599,
        632, 516, 632, 597, 387, 632, 650, 299, 298, 620, 298, 975, 650, 625, 632, 632, 447, 502, 434, 650, 571, 856,
        578, 571, 493, 394, 551, 394, 572
    }, new short[] {500, 268, 1000, 791, 572, 572}, new short[] {500, 281, 1000, 855, 572, 581});

    /** The characters beyond ASCII with a width of their own, in the order of the {@code special} tables. */
    static final String SPECIALS = "\u2013\u00B7\u2014\u2026\u00D7\u2212";

    private final short[] regular;
    private final short[] bold;
    private final short[] specialRegular;
    private final short[] specialBold;

    /**
     * @param regular advance widths of ' ' (32) to '~' (126), Regular
     * @param bold    the same, Bold
     * @param specialRegular widths of {@link #SPECIALS}, Regular; {@code specialBold} the same, Bold
     */
    private SansMetrics(short[] regular, short[] bold, short[] specialRegular, short[] specialBold) {
        this.regular = regular;
        this.bold = bold;
        this.specialRegular = specialRegular;
        this.specialBold = specialBold;
    }

    @Override
    public double width(String text, double size, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text.charAt(i), bold);
        }
        return units * size / 1000;
    }

    /** The advance of one character in thousandths of an em. */
    int advance(char c, boolean bold) {
        short[] table = bold ? this.bold : regular;
        if (c >= 32 && c < 127) {
            return table[c - 32];
        }
        int special = SPECIALS.indexOf(c);
        if (special >= 0) {
            return (bold ? specialBold : specialRegular)[special];
        }
        if (Character.isLetter(c)) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            if (base >= 32 && base < 127) {
                return table[base - 32];
            }
            return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS ? 1000 : table['m' - 32];
        }
        return table['0' - 32];
    }
}
