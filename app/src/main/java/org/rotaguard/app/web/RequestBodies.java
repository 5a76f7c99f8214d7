package org.rotaguard.app.web;

import java.io.IOException;
import java.io.InputStream;

/** Reads a request body no larger than a cap, so that a huge body is refused rather than held in memory. */
final class RequestBodies {
    private RequestBodies() {
    }

    static byte[] read(InputStream in, long max) throws IOException, TooLarge {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            throw new TooLarge(max);
        }
        return content;
    }

    /** The body is larger than the cap. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("the request body is larger than the " + max + " bytes a rota may have", null, false, false);
        }
    }
}
