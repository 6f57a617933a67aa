package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qunfang.kernel.validation.MobilePhone;

/** Puts someone on a grid; a big grid's new leader ends the previous leader's assignment. */
public record NewAssignment(
    @NotBlank @Size(max = 30) String name,
    @NotBlank @MobilePhone String phone,
    @NotNull StaffSource source,
    @Size(max = 64) @Pattern(regexp = "[a-z0-9._-]*") String account) {}
