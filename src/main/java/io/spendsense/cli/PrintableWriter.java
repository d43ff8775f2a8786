package io.spendsense.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import io.spendsense.domain.SafeText;

/**
 * Everything the command line prints goes through this: control characters that a terminal would obey (ESC, BEL,
 * C1 controls, bidirectional overrides) are printed as visible symbols, whatever stored text they came from. Tab,
 * newline and carriage return pass. Belt and braces: such characters are refused on the way in.
 */
final class PrintableWriter extends FilterWriter {
    PrintableWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(SafeText.printable(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String part = str.substring(off, off + len);
        int cr = part.indexOf('\r');
        if (cr < 0) {
            out.write(SafeText.printable(part));
            return;
        }
        // a carriage return passes only as part of a line end ("\r\n"); alone it could overwrite what was printed
        var safe = new StringBuilder(part.length());
        int from = 0;
        for (; cr >= 0; cr = part.indexOf('\r', from)) {
            safe.append(SafeText.printable(part.substring(from, cr)));
            safe.append(cr + 1 < part.length() && part.charAt(cr + 1) == '\n' ? "\r" : SafeText.printable("\r"));
            from = cr + 1;
        }
        safe.append(SafeText.printable(part.substring(from)));
        out.write(safe.toString());
    }
}
