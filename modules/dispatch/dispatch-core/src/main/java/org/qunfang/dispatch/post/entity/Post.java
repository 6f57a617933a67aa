package org.qunfang.dispatch.post.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.dispatch.api.post.PostKind;
import org.qunfang.dispatch.api.post.ShiftNeed;
import org.qunfang.dispatch.api.post.ShiftPattern;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.entity.OptionalReference;

/** Where people serve, and what each of its shifts needs. A post stood down stays on record. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "post", schema = "dispatch")
@NamedQuery(
    name = Post.ACTIVE_IN_AREA,
    query =
        "select p from Post p where p.active = true and p.divisionCode >= :lo"
            + " and p.divisionCode < :hi order by p.divisionCode, p.name")
@NamedQuery(
    name = Post.NAMES_IN_AREA,
    query = "select p.id, p.name from Post p where p.divisionCode >= :lo and p.divisionCode < :hi")
@NamedQuery(
    name = Post.OF_CHECKPOINT,
    query = "select p from Post p where p.checkpointId = :checkpoint")
@NamedQuery(
    name = Post.BY_NAME,
    query = "select p from Post p where p.divisionCode = :area and p.name = :name")
public class Post extends AuditedEntity {

  public static final String ACTIVE_IN_AREA = "Post.activeInArea";
  public static final String NAMES_IN_AREA = "Post.namesInArea";
  public static final String OF_CHECKPOINT = "Post.ofCheckpoint";
  public static final String BY_NAME = "Post.byName";

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "post_name", nullable = false, length = 60)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private PostKind kind;

  @Convert(converter = OptionalReference.class)
  @Column(name = "checkpoint_id", updatable = false)
  private UUID checkpointId;

  @Enumerated(EnumType.STRING)
  @Column(name = "pattern", nullable = false, length = 16)
  private ShiftPattern pattern;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Convert(converter = NeedList.class)
  @Column(name = "needs", nullable = false, length = 1000)
  private List<ShiftNeed> needs;

  protected Post() {}

  public Post(
      String area,
      String name,
      PostKind kind,
      UUID checkpointId,
      ShiftPattern pattern,
      List<ShiftNeed> needs) {
    this.divisionCode = area;
    this.name = name;
    this.kind = kind;
    this.checkpointId = checkpointId;
    this.pattern = pattern;
    this.active = true;
    this.needs = List.copyOf(needs);
  }

  public void standDown() {
    active = false;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getName() {
    return name;
  }

  public PostKind getKind() {
    return kind;
  }

  public UUID getCheckpointId() {
    return checkpointId;
  }

  public ShiftPattern getPattern() {
    return pattern;
  }

  public boolean isActive() {
    return active;
  }

  public List<ShiftNeed> getNeeds() {
    return needs;
  }
}
