package org.qunfang.hotline.api.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.kernel.validation.InService;

/** A follow-up task: what, by when (Beijing date, not in the past) and by whom. */
public record NewFollowUp(
    @NotBlank @Size(max = 200) String task,
    @NotNull @InService LocalDate dueOn,
    @NotNull UUID assigneeId) {}
