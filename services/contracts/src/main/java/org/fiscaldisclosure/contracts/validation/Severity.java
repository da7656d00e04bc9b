package org.fiscaldisclosure.contracts.validation;

/** FATAL blocks publication; WARNING needs a written explanation to publish; INFO is for the reader. */
public enum Severity {
    FATAL, WARNING, INFO
}
