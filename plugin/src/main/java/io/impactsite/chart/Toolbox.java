package io.impactsite.chart;

import java.util.Map;

/** The toolbox every chart has: save as image. */
final class Toolbox {
    private Toolbox() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    static org.icepear.echarts.components.toolbox.Toolbox saveAsImage() {
        org.icepear.echarts.components.toolbox.Toolbox box = new org.icepear.echarts.components.toolbox.Toolbox();
        Map feature = Ordered.map("saveAsImage", Ordered.map("show", true, "pixelRatio", 2));
        box.setFeature(feature);
        return box;
    }
}
