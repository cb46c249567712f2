package dev.lambdalint.usage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How an amount of money reads: "$12.40", "$0.0000031", "EUR 3.10". */
public final class Money {
    private Money() {
    }

    /** Cents for a dollar and more, else two significant digits, so that small costs do not read as zero. */
    public static String format(double amount, String currency) {
        String symbol = symbol(currency);
        if (amount == 0 || Math.abs(amount) >= 0.995) {
            return symbol + String.format(Locale.ROOT, "%,.2f", amount);
        }
        return symbol + new BigDecimal(amount).round(new MathContext(2, RoundingMode.HALF_UP)).toPlainString();
    }

    /** "$" for US dollars, else the currency's code and a space. */
    public static String symbol(String currency) {
        return "USD".equals(currency) ? "$" : currency == null ? "" : currency + " ";
    }
}
