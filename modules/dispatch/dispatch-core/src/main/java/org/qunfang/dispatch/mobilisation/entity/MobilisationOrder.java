package org.qunfang.dispatch.mobilisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.dispatch.api.mobilisation.NewOrder;
import org.qunfang.dispatch.api.mobilisation.PostAsk;
import org.qunfang.dispatch.api.mobilisation.UnitAsk;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A mobilisation order (动员令) as issued; it does not change afterwards. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "mobilisation_order", schema = "dispatch")
@NamedQuery(
    name = MobilisationOrder.IN_AREA,
    query =
        "select o from MobilisationOrder o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " order by o.issuedOn desc, o.number")
@NamedQuery(
    name = MobilisationOrder.BY_NUMBER,
    query = "select o from MobilisationOrder o where o.number = :number")
public class MobilisationOrder extends AuditedEntity {

  public static final String IN_AREA = "MobilisationOrder.inArea";
  public static final String BY_NUMBER = "MobilisationOrder.byNumber";

  @Column(name = "order_number", nullable = false, updatable = false, length = 60)
  private String number;

  @Column(name = "title", nullable = false, updatable = false, length = 100)
  private String title;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "from_date", nullable = false, updatable = false)
  private LocalDate from;

  @Column(name = "until_date", nullable = false, updatable = false)
  private LocalDate until;

  @Convert(converter = UnitAsks.class)
  @Column(name = "units", nullable = false, updatable = false, length = 8000)
  private List<UnitAsk> units;

  @Convert(converter = PostAsks.class)
  @Column(name = "posts", nullable = false, updatable = false, length = 1000)
  private List<PostAsk> posts;

  protected MobilisationOrder() {}

  public MobilisationOrder(NewOrder order) {
    this.number = order.number().strip();
    this.title = order.title().strip();
    this.divisionCode = order.area();
    this.issuedOn = order.issuedOn();
    this.from = order.from();
    this.until = order.until();
    this.units = List.copyOf(order.units());
    this.posts = List.copyOf(order.posts());
  }

  public boolean asks(String unit) {
    return units.stream().anyMatch(u -> u.unit().equals(unit));
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public List<UnitAsk> getUnits() {
    return units;
  }

  public List<PostAsk> getPosts() {
    return posts;
  }
}
