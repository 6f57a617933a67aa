package org.qunfang.dispatch.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.dispatch.api.mobilisation.Mobilisations;
import org.qunfang.dispatch.api.mobilisation.NewOrder;
import org.qunfang.dispatch.api.mobilisation.OrderView;
import org.qunfang.dispatch.api.mobilisation.PostAsk;
import org.qunfang.dispatch.api.mobilisation.ReportIn;
import org.qunfang.dispatch.api.mobilisation.UnitAsk;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.dispatch.api.post.PostKind;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 动员令: orders of the district or a township with the units asked and the posts to fill; people
 * report in against them by unit, and each unit's figures show who has come.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Mobilisations orders;
  @Inject transient Registry registry;
  @Inject transient PageMessages messages;
  @Inject AreaPicker areas;

  private List<OrderView> all = List.of();
  private List<PersonView> people = List.of();

  private String number;
  private String title;
  private String area;
  private LocalDate issuedOn = Beijing.today();
  private LocalDate from = Beijing.today();
  private LocalDate until = Beijing.today().plusDays(14);
  private String units;
  private final Map<PostKind, Integer> posts = new EnumMap<>(PostKind.class);

  private UUID orderId;
  private UUID personId;
  private String unit;

  @PostConstruct
  void load() {
    area = areas.getCurrent();
    for (PostKind kind : PostKind.values()) {
      posts.put(kind, 0);
    }
    show();
  }

  public void show() {
    try {
      all = orders.list(null);
      people = registry.list(null, null, null);
      if (orderId == null && !all.isEmpty()) {
        orderId = all.get(0).id();
      }
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Issues the order; units come one per line as 单位=人数 (or 单位 人数). */
  public void issue() {
    List<UnitAsk> asked = new ArrayList<>();
    for (String line : (units == null ? "" : units).split("\\R")) {
      String[] parts = line.strip().split("\\s*[=＝\\s]\\s*");
      if (parts.length == 2 && parts[1].matches("\\d{1,5}")) {
        asked.add(new UnitAsk(parts[0], Integer.parseInt(parts[1])));
      } else if (!line.isBlank()) {
        messages.error("orders:units", "orders.unitLine", line.strip());
        return;
      }
    }
    List<PostAsk> wanted = new ArrayList<>();
    posts.forEach(
        (kind, n) -> {
          if (n != null && n > 0) {
            wanted.add(new PostAsk(kind, n));
          }
        });
    try {
      OrderView issued =
          orders.issue(new NewOrder(number, title, area, issuedOn, from, until, asked, wanted));
      messages.info("orders.issued", issued.number());
      orderId = issued.id();
      number = null;
      title = null;
      units = null;
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void reportIn() {
    try {
      orders.reportIn(orderId, new ReportIn(personId, unit));
      messages.info("orders.reportedIn");
      personId = null;
      show();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public OrderView getSelected() {
    return all.stream().filter(o -> o.id().equals(orderId)).findFirst().orElse(null);
  }

  public PostKind[] getKinds() {
    return PostKind.values();
  }

  public Map<PostKind, Integer> getPosts() {
    return posts;
  }

  public List<OrderView> getAll() {
    return all;
  }

  public List<PersonView> getPeople() {
    return people;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getUnits() {
    return units;
  }

  public void setUnits(String units) {
    this.units = units;
  }

  public UUID getOrderId() {
    return orderId;
  }

  public void setOrderId(UUID orderId) {
    this.orderId = orderId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public void setPersonId(UUID personId) {
    this.personId = personId;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
