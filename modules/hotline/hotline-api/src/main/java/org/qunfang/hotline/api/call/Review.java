package org.qunfang.hotline.api.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supervisor's review of a high or imminent call, on the version they read. */
public record Review(@NotBlank @Size(max = 1000) String note, long version) {}
