package org.qunfang.hotline.api.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A counselling team (心理咨询服务队), optionally run by an agency. */
public record NewTeam(@NotBlank @Size(max = 60) String name, UUID agencyId) {}
