package io.impactsite.chart;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the static charts write axis numbers: in the site's locale, with as many decimals as the
 * step between ticks needs, and "%" where the unit is a percentage (as the theme's script does for
 * ECharts' axes); other units are named by the axis title.
 */
public record NumberStyle(Locale locale, boolean percent) {

    /** The tick label for {@code value} on {@code scale}: "20%", "1,250", "0.5". */
    public String tick(double value, Scale scale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);   // not thread-safe: one per call
        f.setMinimumFractionDigits(scale.decimals());
        f.setMaximumFractionDigits(scale.decimals());
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value == 0 ? 0.0 : value) + (percent ? "%" : "");
    }

    /** {@code value} with exactly {@code decimals} digits after the point: "17.5", "20.0%". */
    public String fixed(double value, int decimals) {
        return tick(value, new Scale(value, value, Math.pow(10, -decimals)));
    }
}
