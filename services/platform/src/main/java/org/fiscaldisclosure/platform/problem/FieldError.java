package org.fiscaldisclosure.platform.problem;

/** One problem with one input field: a JSON Pointer (RFC 6901) to it, or a parameter name, and what is wrong. */
public record FieldError(String field, String message) {
}
