package org.qunfang.grid.web.faces;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.care.api.figures.CareDashboard;
import org.qunfang.care.api.figures.CareNow;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.DutyFigures;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.ledger.Dashboard;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.grid.api.ledger.OrganisationRow;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.LinkFilters;
import org.qunfang.web.api.faces.PageMessages;

/**
 * An area's key counts and two charts (Chart.js through p:chart), drilled down from the caller's
 * area to a township, a community and its grids, with the gates over a chosen period. Area and
 * period come in the address ({@code ?area=350923204&from=2026-11-01&until=2026-11-25}), so a view
 * can be bookmarked and sent on.
 */
@Named
@RequestScoped
public class DashboardPage {

  /** One step of the trail from the caller's area down to the one shown. */
  public record Step(String code, String name) {}

  @Inject GridLedgers ledgers;
  @Inject DispatchReporting dispatch;
  @Inject CareDashboard care;
  @Inject PageMessages messages;
  @Inject CurrentCaller caller;
  @Inject DivisionDirectory divisions;

  private Dashboard dashboard;
  private DutyFigures duty;
  private CareNow careNow;
  private LocalDate from;
  private LocalDate until;

  @PostConstruct
  void load() {
    LocalDate today = Beijing.today();
    try {
      from = LinkFilters.of("from").map(LocalDate::parse).orElse(today.minusDays(13));
      until = LinkFilters.of("until").map(LocalDate::parse).orElse(today);
      dashboard = ledgers.dashboard(LinkFilters.of("area").orElse(null), from, until);
    } catch (DateTimeParseException | Problem | EJBException refused) {
      if (refused instanceof DateTimeParseException) {
        messages.error(null, "dashboard.badDate");
      } else {
        messages.problem(refused);
      }
      from = today.minusDays(13);
      until = today;
      dashboard = ledgers.dashboard(null, from, until);
    }
    String area = dashboard.areaCode();
    try {
      duty = dispatch.duty(area);
    } catch (EJBException notForThisRole) {
      duty = null; // report officers read the area's grids but not its rosters
    }
    try {
      careNow = care.now(area);
    } catch (EJBException notForThisRole) {
      careNow = null;
    }
  }

  /** From the caller's own area down to the one shown, each step a link back up. */
  public List<Step> getTrail() {
    String home = caller.profile().homeDivision();
    String here = dashboard.areaCode();
    List<Step> trail = new ArrayList<>();
    for (int length : new int[] {6, 9, 12}) {
      if (length >= home.length() && length <= here.length()) {
        String code = here.substring(0, length);
        trail.add(new Step(code, divisions.get(code).name()));
      }
    }
    return trail;
  }

  /** A part one can drill into: a township or a community (a grid is the last step). */
  public boolean drillable(OrganisationRow part) {
    return part.code().length() <= 12 && dashboard.areaCode().length() < 12;
  }

  /** The address of this dashboard for another area, over the same period. */
  public String link(String area) {
    return "/grid/dashboard.xhtml?area=" + area + "&from=" + from + "&until=" + until;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getUntil() {
    return until;
  }

  /** The area's home observation and help requests from care, or null when not the caller's. */
  public CareNow getCare() {
    return careNow;
  }

  /** The area's duty from dispatch, or null when the caller may not read rosters. */
  public DutyFigures getDuty() {
    return duty;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  /** Households and residents of each part side by side. */
  public String getPeopleChart() {
    List<OrganisationRow> parts = dashboard.parts();
    return chart(
        "bar",
        labels(parts, OrganisationRow::name),
        dataset(
            messages.text("dashboard.households"), "#ef9a9a", parts, OrganisationRow::households),
        dataset(
            messages.text("dashboard.residents"), "#b71c1c", parts, OrganisationRow::residents));
  }

  /** The period at the gates: people, vehicles and fevers per day. */
  public String getGatesChart() {
    List<DailyCount> days = dashboard.passages();
    return chart(
        "line",
        labels(days, d -> d.day().toString().substring(5)),
        dataset(messages.text("checkpoints.persons"), "#1565c0", days, DailyCount::persons),
        dataset(messages.text("checkpoints.vehicles"), "#2e7d32", days, DailyCount::vehicles),
        dataset(messages.text("checkpoints.flagged"), "#b71c1c", days, DailyCount::flagged));
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder... sets) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (JsonObjectBuilder set : sets) {
      datasets.add(set);
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false))
        .build()
        .toString();
  }

  private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    items.forEach(item -> labels.add(label.apply(item)));
    return labels;
  }

  private static <T> JsonObjectBuilder dataset(
      String name, String colour, List<T> items, ToLongFunction<T> value) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    items.forEach(item -> data.add(value.applyAsLong(item)));
    return JSON.createObjectBuilder()
        .add("label", name)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }
}
