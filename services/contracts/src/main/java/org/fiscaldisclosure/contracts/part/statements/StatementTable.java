package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement table as data: its rows; the columns and row kinds come from the year's table set. */
public record StatementTable(
        @Schema(description = "表内各行") @NotNull @Size(max = 5000) List<@NotNull @Valid TableRow> rows) {

    public Optional<TableRow> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
