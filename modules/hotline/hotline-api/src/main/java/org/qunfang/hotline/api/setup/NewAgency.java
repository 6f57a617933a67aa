package org.qunfang.hotline.api.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A social-work agency (社工机构) whose workers serve residents and answer lines. */
public record NewAgency(@NotBlank @Size(max = 100) String name) {}
