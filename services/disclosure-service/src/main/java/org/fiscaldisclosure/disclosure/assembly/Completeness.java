package org.fiscaldisclosure.disclosure.assembly;

/** Whether the read model holds all three parts of a disclosure. */
public enum Completeness {
    COMPLETE, INCOMPLETE
}
