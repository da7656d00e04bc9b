package org.fiscaldisclosure.disclosure.messaging;

/** An event that can never be applied, whatever is retried: it is parked with this reason. */
public class UnreadableEventException extends Exception {

    public UnreadableEventException(String reason) {
        super(reason, null, false, false);
    }
}
