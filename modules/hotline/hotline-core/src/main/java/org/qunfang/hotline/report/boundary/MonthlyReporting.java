package org.qunfang.hotline.report.boundary;

import static org.qunfang.hotline.api.HotlineTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.call.Channel;
import org.qunfang.hotline.api.call.PopulationGroup;
import org.qunfang.hotline.api.call.ProblemCategory;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.hotline.api.report.CountRow;
import org.qunfang.hotline.api.report.HighRiskCall;
import org.qunfang.hotline.api.report.HotlineReporting;
import org.qunfang.hotline.api.report.MonthlyFigures;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.call.control.CallAccess;
import org.qunfang.hotline.call.entity.Call;
import org.qunfang.hotline.call.entity.FollowUp;
import org.qunfang.hotline.call.entity.Referral;
import org.qunfang.hotline.setup.entity.Hotline;
import org.qunfang.hotline.stats.control.ServiceFigures;
import org.qunfang.kernel.audit.Refusals;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/** The hotline's monthly figures, read from the records themselves; Chinese labels for the PDF. */
@Stateless
@RolesAllowed({Role.Names.REPORT_OFFICER, Role.Names.HOTLINE_SUPERVISOR, Role.Names.DISTRICT_ADMIN})
public class MonthlyReporting implements HotlineReporting {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  @Inject ServiceFigures services;

  @Inject CallAccess access;

  @Inject Refusals denied;

  @Override
  public MonthlyFigures month(YearMonth month) {
    List<Call> calls = calls(month);
    List<UUID> ids = calls.stream().map(Call::getId).toList();
    List<Referral> referrals = ids.isEmpty() ? List.of() : referrals(ids);
    List<FollowUp> followUps =
        em.createQuery(
                "select f from FollowUp f where f.dueOn between :first and :last", FollowUp.class)
            .setParameter("first", month.atDay(1))
            .setParameter("last", month.atEndOfMonth())
            .getResultList();
    List<Call> highRisk = calls.stream().filter(c -> c.getLevel().needsReview()).toList();
    List<ServiceRow> social = services.table(month.atDay(1), month.atEndOfMonth());
    ServiceRow total = social.get(social.size() - 1);

    List<CountRow> breakdown = new ArrayList<>();
    Map<UUID, String> lines = lineNames();
    section(
        breakdown,
        "按热线",
        calls.size(),
        count(calls, c -> lines.get(c.getHotlineId()), lines.values()));
    section(breakdown, "按渠道", calls.size(), enumCount(calls, Call::getChannel, Channel.values()));
    section(
        breakdown, "按人群", calls.size(), enumCount(calls, Call::getGroup, PopulationGroup.values()));
    Map<String, Long> categories = new LinkedHashMap<>();
    Arrays.stream(ProblemCategory.values()).forEach(c -> categories.put(label(c), 0L));
    calls.forEach(c -> c.getCategories().forEach(k -> categories.merge(label(k), 1L, Long::sum)));
    section(breakdown, "按问题类别（可多选）", calls.size(), categories);
    section(breakdown, "按风险等级", calls.size(), enumCount(calls, Call::getLevel, RiskLevel.values()));

    return new MonthlyFigures(
        month,
        calls.size(),
        calls.stream().mapToLong(Call::minutes).sum(),
        highRisk.size(),
        calls.stream().filter(c -> !c.getCrisisSteps().isEmpty()).count(),
        referrals.size(),
        referrals.stream().filter(r -> Boolean.TRUE.equals(r.getAccepted())).count(),
        followUps.size(),
        followUps.stream().filter(f -> f.getDoneAt() != null).count(),
        highRisk.size(),
        highRisk.stream()
            .filter(
                c -> c.getReviewedAt() != null && !c.getReviewedAt().isAfter(c.getReviewDueAt()))
            .count(),
        total.offline(),
        total.phone(),
        total.online(),
        breakdown);
  }

  @Override
  public List<HighRiskCall> highRisk(YearMonth month) {
    if (!access.supervisor()) {
      denied.record("HotlineHighRiskReport", month.toString(), "report");
      throw new Forbidden(new Message(TEXTS, "report.supervisorsOnly"));
    }
    Map<UUID, String> lines = lineNames();
    Instant now = Instant.now();
    List<Call> calls = calls(month).stream().filter(c -> c.getLevel().needsReview()).toList();
    Map<UUID, List<Referral>> referrals =
        calls.isEmpty()
            ? Map.of()
            : referrals(calls.stream().map(Call::getId).toList()).stream()
                .collect(Collectors.groupingBy(Referral::getCallId));
    return calls.stream()
        .sorted(java.util.Comparator.comparing(Call::getStartedAt))
        .map(
            c ->
                new HighRiskCall(
                    c.getStartedAt(),
                    lines.get(c.getHotlineId()),
                    label(c.getGroup()),
                    label(c.getLevel()),
                    c.getCrisisSteps().stream()
                        .map(
                            s ->
                                label(s.getKind())
                                    + " "
                                    + Beijing.format(s.getTakenAt()).substring(11))
                        .collect(Collectors.joining("、")),
                    referrals.getOrDefault(c.getId(), List.of()).stream()
                        .map(r -> label(r.getTarget()) + accepted(r.getAccepted()))
                        .collect(Collectors.joining("、")),
                    review(c, now)))
        .toList();
  }

  private List<Call> calls(YearMonth month) {
    return em.createNamedQuery(Call.STARTED_BETWEEN, Call.class)
        .setParameter("from", Beijing.startOf(month.atDay(1)))
        .setParameter("to", Beijing.startOf(month.plusMonths(1).atDay(1)))
        .getResultList();
  }

  private List<Referral> referrals(Collection<UUID> calls) {
    return em.createNamedQuery(Referral.OF_CALLS, Referral.class)
        .setParameter("calls", calls)
        .getResultList();
  }

  private Map<UUID, String> lineNames() {
    Map<UUID, String> names = new LinkedHashMap<>();
    em.createNamedQuery(Hotline.ALL, Hotline.class)
        .getResultStream()
        .forEach(h -> names.put(h.getId(), h.getName()));
    return names;
  }

  private static String review(Call c, Instant now) {
    if (c.getReviewedAt() != null) {
      return (c.getReviewedAt().isAfter(c.getReviewDueAt()) ? "逾期复核 " : "已复核 ")
          + Beijing.format(c.getReviewedAt());
    }
    return now.isAfter(c.getReviewDueAt())
        ? "逾期未复核"
        : "待复核（期限 " + Beijing.format(c.getReviewDueAt()) + "）";
  }

  private static String accepted(Boolean accepted) {
    return accepted == null ? "（待确认）" : accepted ? "（已接受）" : "（未接受）";
  }

  private static <E extends Enum<E>> Map<String, Long> enumCount(
      List<Call> calls, Function<Call, E> of, E[] all) {
    Map<E, Long> counts = new EnumMap<>(all[0].getDeclaringClass());
    Arrays.stream(all).forEach(e -> counts.put(e, 0L));
    calls.forEach(c -> counts.merge(of.apply(c), 1L, Long::sum));
    Map<String, Long> labelled = new LinkedHashMap<>();
    counts.forEach((e, n) -> labelled.put(label(e), n));
    return labelled;
  }

  private static Map<String, Long> count(
      List<Call> calls, Function<Call, String> of, Collection<String> all) {
    Map<String, Long> counts = new LinkedHashMap<>();
    all.forEach(name -> counts.put(name, 0L));
    calls.forEach(c -> counts.merge(of.apply(c), 1L, Long::sum));
    return counts;
  }

  private static void section(
      List<CountRow> rows, String section, long base, Map<String, Long> counts) {
    counts.forEach(
        (item, n) ->
            rows.add(
                new CountRow(
                    section,
                    item,
                    n,
                    base == 0 ? "—" : String.format("%.1f%%", n * 100.0 / base))));
  }

  private static String label(Enum<?> value) {
    return new Message(TEXTS, value.getDeclaringClass().getSimpleName() + "." + value.name())
        .in(ZH);
  }
}
