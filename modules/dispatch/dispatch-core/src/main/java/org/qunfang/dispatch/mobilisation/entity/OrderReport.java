package org.qunfang.dispatch.mobilisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** Someone who reported in (报到) against an order, for one of its units. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "order_report", schema = "dispatch")
@NamedQuery(
    name = OrderReport.BY_UNIT,
    query =
        "select r.orderId, r.unit, count(r) from OrderReport r where r.orderId in :orders"
            + " group by r.orderId, r.unit")
@NamedQuery(
    name = OrderReport.OF_PERSON,
    query = "select r from OrderReport r where r.orderId = :order and r.personId = :person")
public class OrderReport extends AuditedEntity {

  public static final String BY_UNIT = "OrderReport.byUnit";
  public static final String OF_PERSON = "OrderReport.ofPerson";

  @Column(name = "order_id", nullable = false, updatable = false)
  private UUID orderId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "unit", nullable = false, updatable = false, length = 100)
  private String unit;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  protected OrderReport() {}

  public OrderReport(MobilisationOrder order, UUID personId, String area, String unit, Instant at) {
    this.orderId = order.getId();
    this.personId = personId;
    this.divisionCode = area;
    this.unit = unit;
    this.reportedAt = at;
  }
}
