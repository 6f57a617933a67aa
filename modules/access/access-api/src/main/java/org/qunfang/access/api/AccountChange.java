package org.qunfang.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/** A change to an account's name, roles, area or status, made on top of {@code version}. */
public record AccountChange(
    @NotBlank @Size(max = 64) String displayName,
    @NotEmpty Set<@NotNull Role> roles,
    @NotBlank @DivisionCodeFormat String homeDivision,
    boolean enabled,
    long version) {}
