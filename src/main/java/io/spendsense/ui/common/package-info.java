/** Shared UI pieces: the task runner that keeps work off the FX thread, the dialog service, formatting. */
package io.spendsense.ui.common;
