package org.fiscaldisclosure.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.fiscaldisclosure.contracts.event.MessageLimits;

/** The limits every service applies to a request, configured once under {@code fiscal.http}. */
@ConfigMapping(prefix = "fiscal.http")
public interface HttpLimits {

    /**
     * The largest request body in bytes (JSON or workbook), answered 413 problem details beyond it, before anything is
     * parsed or stored. Sized with the events a request can produce ({@link MessageLimits}).
     */
    @WithDefault("" + MessageLimits.MAX_REQUEST_BYTES)
    long maxBodyBytes();
}
