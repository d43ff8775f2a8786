/** The command line (picocli): thin commands over the services and the assistant. Only here may code print. */
package io.spendsense.cli;
