package io.impactsite.model;

import java.math.BigDecimal;

/**
 * An amount of money and its currency: a grant, or the value of in-kind support. Amounts are
 * only ever added up within one currency.
 *
 * @param currency an ISO 4217 code, upper case ("USD")
 */
public record Amount(BigDecimal value, String currency) {}
