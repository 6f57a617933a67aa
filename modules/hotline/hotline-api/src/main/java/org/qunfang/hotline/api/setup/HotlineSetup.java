package org.qunfang.hotline.api.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Hotlines, agencies, teams, counsellors and who answers which line when. */
public interface HotlineSetup {

  List<HotlineView> hotlines();

  HotlineView addHotline(@Valid @NotNull NewHotline hotline);

  List<AgencyView> agencies();

  AgencyView addAgency(@Valid @NotNull NewAgency agency);

  List<TeamView> teams();

  TeamView addTeam(@Valid @NotNull NewTeam team);

  List<CounsellorView> counsellors();

  CounsellorView addCounsellor(@Valid @NotNull NewCounsellor counsellor);

  /** The roster: duties that overlap {@code from}–{@code to}, by start. */
  List<DutyView> roster(Instant from, Instant to);

  /** Puts a counsellor on a line; refused when they are on another duty at the same time. */
  DutyView addDuty(@Valid @NotNull NewDuty duty);

  /** Who is on duty on a line at a moment. */
  List<DutyView> onDuty(UUID hotlineId, Instant at);
}
