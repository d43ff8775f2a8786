package io.spendsense.domain;

/** How a page of expenses is ordered; ties are broken by id so pages never overlap. */
public record ExpenseSort(Field field, boolean ascending) {
    public static final ExpenseSort NEWEST_FIRST = new ExpenseSort(Field.DATE, false);

    public enum Field { DATE, AMOUNT, DESCRIPTION, PAYEE, CATEGORY }
}
