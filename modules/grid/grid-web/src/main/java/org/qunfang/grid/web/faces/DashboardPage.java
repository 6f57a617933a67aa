package org.qunfang.grid.web.faces;

import static org.qunfang.kernel.json.Jsons.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.qunfang.care.api.figures.CareDashboard;
import org.qunfang.care.api.figures.CareNow;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.DutyFigures;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.ledger.Dashboard;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.grid.api.ledger.OrganisationRow;
import org.qunfang.web.api.faces.PageMessages;

/** A township's or the district's key counts and two charts (Chart.js through p:chart). */
@Named
@RequestScoped
public class DashboardPage {

  @Inject GridLedgers ledgers;
  @Inject DispatchReporting dispatch;
  @Inject CareDashboard care;
  @Inject PageMessages messages;

  private Dashboard dashboard;
  private DutyFigures duty;
  private CareNow careNow;

  @PostConstruct
  void load() {
    dashboard = ledgers.dashboard(null);
    try {
      duty = dispatch.duty(null);
    } catch (EJBException notForThisRole) {
      duty = null; // report officers read the area's grids but not its rosters
    }
    try {
      careNow = care.now(null);
    } catch (EJBException notForThisRole) {
      careNow = null;
    }
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

  /** Households and residents of each township side by side. */
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

  /** Two weeks at the gates: people, vehicles and fevers per day. */
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
