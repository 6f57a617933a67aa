package org.qunfang.hotline.api.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What came of a follow-up, on the version the editor saw. */
public record FollowUpDone(@NotBlank @Size(max = 500) String outcome, long version) {}
