package org.qunfang.dispatch.api.mobilisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Someone of the registry reporting in (报到) against an order, for one of its units. */
public record ReportIn(@NotNull UUID personId, @NotBlank @Size(max = 100) String unit) {}
