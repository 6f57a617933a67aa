package org.qunfang.hotline.api.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qunfang.kernel.validation.DivisionCodeFormat;
import org.qunfang.kernel.validation.InService;

/**
 * One call, as the counsellor saves it in one go: who, when, the (anonymous) caller, what it was
 * about, the risk screen, crisis steps, and any referral and follow-ups. The caller is anonymous;
 * {@code callbackContact} (encrypted) is given only when they agree to be called back. {@code
 * callerToken} links a repeat caller to their earlier calls without a name.
 */
public record NewCall(
    @NotNull UUID hotlineId,
    @NotNull @InService Instant startedAt,
    @NotNull @InService Instant endedAt,
    @NotNull Channel channel,
    @Pattern(regexp = "[0-9+ -]{7,20}", message = "{org.qunfang.hotline.api.contact}")
        String callbackContact,
    @NotNull AgeBand ageBand,
    @NotNull CallerSex sex,
    @DivisionCodeFormat String divisionCode,
    @NotNull PopulationGroup group,
    boolean forSelf,
    @Pattern(regexp = "[A-Z0-9]{4,12}", message = "{org.qunfang.hotline.api.token}")
        String callerToken,
    @NotEmpty Set<@NotNull ProblemCategory> categories,
    @Size(max = 2000) String summary,
    @NotNull RiskScreen risk,
    RiskLevel levelOverride,
    @Size(max = 500) String overrideReason,
    List<@Valid @NotNull CrisisAction> crisisActions,
    @Valid NewReferral referral,
    List<@Valid @NotNull NewFollowUp> followUps) {}
