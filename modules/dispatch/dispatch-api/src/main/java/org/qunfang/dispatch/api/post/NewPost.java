package org.qunfang.dispatch.api.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/**
 * A post and what each of its shifts needs. A checkpoint post names its checkpoint (and takes its
 * area from it); other posts name their area. For a fixed pattern the needs follow its times.
 */
public record NewPost(
    @NotBlank @Size(max = 60) String name,
    @NotNull PostKind kind,
    @DivisionCodeFormat String area,
    UUID checkpointId,
    @NotNull ShiftPattern pattern,
    @NotEmpty @Size(max = 12) List<@Valid @NotNull ShiftNeed> needs) {}
