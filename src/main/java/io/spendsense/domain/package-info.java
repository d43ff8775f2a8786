/** Entities and value types of SpendSense: users, categories, expenses, money and periods. No JavaFX, no I/O. */
package io.spendsense.domain;
