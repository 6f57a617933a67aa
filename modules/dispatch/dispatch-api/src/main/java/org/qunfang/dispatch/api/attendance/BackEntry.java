package org.qunfang.dispatch.api.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.qunfang.kernel.validation.InService;

/** Times entered after the fact by a dispatcher — never longer than the shift — with the reason. */
public record BackEntry(
    @NotNull @InService Instant signedInAt,
    @NotNull @InService Instant signedOutAt,
    @NotBlank @Size(max = 200) String reason,
    long version) {}
