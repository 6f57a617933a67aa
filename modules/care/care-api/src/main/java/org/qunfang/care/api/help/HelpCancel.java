package org.qunfang.care.api.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelled, always with the reason. */
public record HelpCancel(@NotBlank @Size(max = 200) String reason, long version) {}
