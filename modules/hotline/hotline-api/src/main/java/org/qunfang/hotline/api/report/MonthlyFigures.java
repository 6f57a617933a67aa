package org.qunfang.hotline.api.report;

import java.time.YearMonth;
import java.util.List;

/**
 * A month of the hotline in numbers, with no personal data: calls and their breakdowns, crisis
 * interventions, referrals, follow-up completion and social-work person-times.
 */
public record MonthlyFigures(
    YearMonth month,
    long calls,
    long totalMinutes,
    long highOrImminent,
    long crisisInterventions,
    long referrals,
    long referralsAccepted,
    long followUpsDue,
    long followUpsDone,
    long reviewsDue,
    long reviewedInTime,
    long socialWorkOffline,
    long socialWorkPhone,
    long socialWorkOnline,
    List<CountRow> breakdown) {

  public long socialWorkTotal() {
    return socialWorkOffline + socialWorkPhone + socialWorkOnline;
  }
}
