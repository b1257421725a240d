package io.impactsite.analyse;

import io.impactsite.model.Indicator;
import java.util.List;

/**
 * Everything computed about an indicator: one analysis per headline series, and the status that
 * stands for the indicator (that of its headline series, or of the group its YAML names).
 */
public record IndicatorAnalysis(Indicator indicator, List<SeriesAnalysis> series, SeriesAnalysis headline, Status status) {}
