package id.surel.report;

import java.util.Locale;

/** Text and numbers written into SVG markup. */
final class Svg {

    private Svg() {
    }

    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The top of an axis from 0 that holds {@code max} in about four steps of 1, 2 or 5 times a power of ten. */
    static long axisStep(long max) {
        double rough = Math.max(1, max / 4.0);
        long power = (long) Math.pow(10, Math.floor(Math.log10(rough)));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
