package org.qunfang.grid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A list of numbers to phone (from a carrier, say) sent to a township or community. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "phone_list", schema = "grid")
@NamedQuery(
    name = PhoneList.IN_AREA,
    query =
        "select l from PhoneList l where l.divisionCode >= :lo and l.divisionCode < :hi"
            + " order by l.createdAt desc")
public class PhoneList extends AuditedEntity {

  public static final String IN_AREA = "PhoneList.inArea";

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @Column(name = "source", nullable = false, length = 60)
  private String source;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "numbers", nullable = false, updatable = false)
  private int numbers;

  protected PhoneList() {}

  public PhoneList(String name, String source, String divisionCode, int numbers) {
    this.name = name;
    this.source = source;
    this.divisionCode = divisionCode;
    this.numbers = numbers;
  }

  public String getName() {
    return name;
  }

  public String getSource() {
    return source;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public int getNumbers() {
    return numbers;
  }
}
