package org.qunfang.dispatch.api.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The code of the shift, as the shift leader tells it at the post. */
public record SelfSignIn(@NotBlank @Pattern(regexp = "\\d{6}") String code) {}
