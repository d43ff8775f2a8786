package io.spendsense.domain;

/** How often the user has used a payee, and the category they file it under most often. */
public record PayeeUsage(String payee, long usualCategoryId, long count) {
}
