package org.fiscaldisclosure.disclosure.rules;

/** Where a cross-part finding points: the part, its table, row and column (as the part itself names them). */
record At(String part, String table, String row, String column) {
}
