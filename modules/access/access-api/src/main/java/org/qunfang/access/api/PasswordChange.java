package org.qunfang.access.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user's change of their own password: at least 10 characters, letters and digits. */
public record PasswordChange(
    @NotBlank String currentPassword,
    @NotBlank
        @Size(min = 10, max = 128)
        @Pattern(
            regexp = "^(?=.*\\p{L})(?=.*\\d).*$",
            message = "{org.qunfang.access.api.PasswordChange.strength}")
        String newPassword) {}
