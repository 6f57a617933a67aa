package org.qunfang.grid.publicity.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.publicity.ActivityView;
import org.qunfang.grid.api.publicity.NewActivity;
import org.qunfang.grid.api.publicity.Publicity;
import org.qunfang.grid.api.publicity.PublicityTotals;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.grid.organisation.control.AreaRollup;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.publicity.entity.PublicityActivity;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/** Publicity work of the communities: recorded per activity, totalled per community or township. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class PublicityLog implements Publicity {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject GridReach reach;

  @Inject AreaRollup rollup;

  @Override
  public ActivityView record(NewActivity request) {
    Inputs.valid(validator, request);
    if (!DivisionCode.isWellFormed(request.communityCode())
        || DivisionCode.of(request.communityCode()).level() != DivisionLevel.VILLAGE
        || em.find(Division.class, request.communityCode()) == null) {
      throw new InvalidInput(new Message(TEXTS, "publicity.notCommunity"), "communityCode");
    }
    reach.area(request.communityCode());
    PublicityActivity activity = new PublicityActivity(request);
    em.persist(activity);
    em.flush();
    return view(activity);
  }

  @Override
  public List<ActivityView> list(String area, LocalDate from, LocalDate to) {
    return activities(area, from, to).stream().map(this::view).toList();
  }

  @Override
  public List<PublicityTotals> totals(String area, LocalDate from, LocalDate to, AreaLevel level) {
    int width = level == AreaLevel.TOWNSHIP ? 9 : 12;
    Map<String, long[]> sums = new TreeMap<>();
    for (PublicityActivity a : activities(area, from, to)) {
      long[] sum = sums.computeIfAbsent(a.getDivisionCode().substring(0, width), k -> new long[7]);
      long[] counts = {
        1,
        a.getBanners(),
        a.getSlogans(),
        a.getHouseholdsVisited(),
        a.getPersonTimes(),
        a.getWechatPosts(),
        a.getArticles()
      };
      for (int i = 0; i < counts.length; i++) {
        sum[i] += counts[i];
      }
    }
    List<PublicityTotals> rows = new ArrayList<>();
    long[] total = new long[7];
    sums.forEach(
        (code, c) -> {
          rows.add(totals(code, rollup.divisionName(code), c));
          for (int i = 0; i < c.length; i++) {
            total[i] += c[i];
          }
        });
    DivisionCode within = reach.area(area);
    rows.add(totals(within.value(), rollup.divisionName(within.value()), total));
    return rows;
  }

  private List<PublicityActivity> activities(String area, LocalDate from, LocalDate to) {
    DivisionCode within = reach.area(area);
    LocalDate last = to == null ? Beijing.today() : to;
    LocalDate first = from == null ? last.minusDays(29) : from;
    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366) {
      throw new InvalidInput(new Message(TEXTS, "publicity.period"), "from");
    }
    return em.createNamedQuery(PublicityActivity.IN_AREA, PublicityActivity.class)
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .setParameter("from", first)
        .setParameter("to", last)
        .getResultList();
  }

  private static PublicityTotals totals(String code, String name, long[] c) {
    return new PublicityTotals(code, name, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }

  private ActivityView view(PublicityActivity a) {
    return new ActivityView(
        a.getId(),
        a.getDivisionCode(),
        rollup.divisionName(a.getDivisionCode()),
        a.getHeldOn(),
        a.getTitle(),
        a.getBanners(),
        a.getSlogans(),
        a.getHouseholdsVisited(),
        a.getPersonTimes(),
        a.getWechatPosts(),
        a.getArticles(),
        a.getCreatedBy());
  }
}
