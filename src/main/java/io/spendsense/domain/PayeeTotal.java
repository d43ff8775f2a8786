package io.spendsense.domain;

import java.math.BigDecimal;

/** The total and count of one payee's expenses in a summary (payees that differ only in case are one). */
public record PayeeTotal(String payee, BigDecimal total, long count) {
}
