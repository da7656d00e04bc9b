package org.fiscaldisclosure.contracts.part.procurement;

/** A coded value with the Chinese label printed in tables, workbooks and text. */
public interface Labelled {

    String label();
}
