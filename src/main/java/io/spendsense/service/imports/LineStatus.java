package io.spendsense.service.imports;

/** Whether a statement line is a real, booked transaction yet. */
public enum LineStatus {
    BOOKED, PENDING, DECLINED, REVERTED
}
