/**
 * Exchange rates in: reading the rates files SpendSense accepts (the European Central Bank's historical reference-rate
 * CSV and a plain {@code date,currency,rate} CSV) into rates to the profile's currency, and the opt-in download of
 * the ECB file. No storage here; {@code RateService} stores.
 */
package io.spendsense.service.rates;
