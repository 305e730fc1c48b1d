package io.segmenta.core.chart;

import java.text.Normalizer;

/**
 * Text widths without a window: the advance widths of DejaVu Sans (Book and Bold, in thousandths of
 * an em, for the printable ASCII characters), the sans-serif of most Linux systems and one of the
 * widest common ones. Text laid out with them fits when a browser draws it in DejaVu Sans and has
 * room to spare in the narrower sans-serifs of other systems (Arial, Helvetica, Roboto, Segoe UI).
 * An accented letter measures as its base letter; other characters as a wide letter.
 */
public final class SansMetrics implements TextMetrics {
    /** The one instance (the table never changes). */
    public static final SansMetrics INSTANCE = new SansMetrics();

    /** Advance widths of ' ' (32) to '~' (126), DejaVu Sans Book. */
    private static final short[] REGULAR = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636,
        636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656,
        557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613,
        635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818,
        592, 592, 525, 636, 337, 636, 838
    };
    /** Advance widths of ' ' (32) to '~' (126), DejaVu Sans Bold. */
    private static final short[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696,
        696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775,
        637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675,
        716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924,
        645, 652, 582, 712, 365, 712, 838
    };

    private SansMetrics() {
    }

    @Override
    public double width(String text, double size, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        short[] table = bold ? BOLD : REGULAR;
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text.charAt(i), table);
        }
        return units * size / 1000;
    }

    private static int advance(char c, short[] table) {
        if (c >= 32 && c < 127) {
            return table[c - 32];
        }
        switch (c) {
            case '\u2013', '\u00B7' -> {
                return 500;
            }
            case '\u2014', '\u2026' -> {
                return 1000;
            }
            case '\u00D7', '\u2212' -> {
                return 838;
            }
            default -> {
            }
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
