package dev.lambdalint.sizing;

import dev.lambdalint.usage.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How figures read in messages and reports: "1,240", "2,870 ms", "$12.40", "$0.0000031". */
public final class SizingText {
    private SizingText() {
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1,024 MB". */
    public static String mb(long n) {
        return count(n) + " MB";
    }

    public static String plural(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whole milliseconds from a second up, two decimals below. */
    public static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%,.0f ms", millis)
                : String.format(Locale.ROOT, "%.2f ms", millis).replace(".00 ms", " ms");
    }

    /** Cents for a dollar and more, else two significant digits, so that small costs do not read as zero. */
    public static String money(double amount, String currency) {
        return Money.format(amount, currency);
    }

    /** A unit price as written, every digit kept: "$0.0000166667". */
    public static String price(double amount, String currency) {
        return Money.symbol(currency) + BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage with at most one decimal: 0.988 is "98.8%". */
    public static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** A rate as a percentage: one decimal from 1% up, two significant digits below, so that 0.03% is not "0%". */
    public static String rate(double share) {
        if (share == 0 || share >= 0.01) {
            return percent(share);
        }
        return new BigDecimal(share * 100).round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** A figure kept in reports: six significant digits, so that reports stay readable and small costs keep theirs. */
    public static double round(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(6, RoundingMode.HALF_UP)).doubleValue();
    }
}
