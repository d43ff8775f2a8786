/**
 * Use cases with transactions: accounts, expenses, categories, summaries, import and export. Synchronous,
 * JavaFX-free, and scoped to the signed-in user; results are fully loaded records.
 */
package io.spendsense.service;
