package org.qunfang.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/** What an administrator enters to open an account; the password is generated, never typed. */
public record NewAccount(
    @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9._-]+") String username,
    @NotBlank @Size(max = 64) String displayName,
    @NotEmpty Set<@NotNull Role> roles,
    @NotBlank @DivisionCodeFormat String homeDivision) {}
