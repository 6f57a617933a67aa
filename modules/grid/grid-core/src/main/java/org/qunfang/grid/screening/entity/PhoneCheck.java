package org.qunfang.grid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.screening.PhoneOutcome;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.pii.Pii;

/** One number of a phone list and, once called, what came of it. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "phone_check", schema = "grid")
@NamedQuery(
    name = PhoneCheck.OF_LIST,
    query = "select c from PhoneCheck c where c.listId = :list order by c.createdAt, c.id")
@NamedQuery(
    name = PhoneCheck.OUTCOMES,
    query =
        "select c.listId, c.outcome, count(c) from PhoneCheck c where c.listId in :lists"
            + " group by c.listId, c.outcome")
@NamedQuery(
    name = PhoneCheck.OUTCOMES_IN_AREA,
    query =
        "select c.divisionCode, c.outcome, count(c) from PhoneCheck c"
            + " where c.divisionCode >= :lo and c.divisionCode < :hi"
            + " group by c.divisionCode, c.outcome")
public class PhoneCheck extends AuditedEntity {

  public static final String OF_LIST = "PhoneCheck.ofList";
  public static final String OUTCOMES = "PhoneCheck.outcomes";
  public static final String OUTCOMES_IN_AREA = "PhoneCheck.outcomesInArea";

  @Column(name = "list_id", nullable = false, updatable = false)
  private UUID listId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Personal(Personal.Kind.MOBILE)
  @Convert(converter = EncryptedString.class)
  @Column(name = "phone", nullable = false, updatable = false, length = 200)
  private String phone;

  @Column(name = "phone_hash", nullable = false, updatable = false, length = 64)
  private String phoneHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 16)
  private PhoneOutcome outcome;

  @Column(name = "note", length = 200)
  private String note;

  protected PhoneCheck() {}

  public PhoneCheck(PhoneList list, String phone) {
    this.listId = list.getId();
    this.divisionCode = list.getDivisionCode();
    this.phone = phone;
    this.phoneHash = Pii.protection().lookupHash(phone);
  }

  public void called(PhoneOutcome outcome, String note) {
    this.outcome = outcome;
    this.note = note;
  }

  public UUID getListId() {
    return listId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getPhone() {
    return phone;
  }

  public PhoneOutcome getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }
}
