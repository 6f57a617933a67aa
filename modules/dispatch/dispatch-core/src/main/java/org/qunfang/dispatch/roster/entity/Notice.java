package org.qunfang.dispatch.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qunfang.kernel.entity.AuditedEntity;

/**
 * Something someone on the roster must be told — a shift of theirs was cancelled — kept until they
 * have read it. The text is a message key with its arguments, rendered in the reader's language.
 */
@Entity
@Table(name = "notice", schema = "dispatch")
@NamedQuery(
    name = Notice.OF_PERSON,
    query = "select n from Notice n where n.personId = :person order by n.createdAt desc")
public class Notice extends AuditedEntity {

  public static final String OF_PERSON = "Notice.ofPerson";

  /** Arguments are joined with this character, which no name or time contains. */
  private static final String SEPARATOR = "\u001f";

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "message_key", nullable = false, updatable = false, length = 60)
  private String key;

  @Column(name = "arguments", nullable = false, updatable = false, length = 400)
  private String arguments;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notice() {}

  public Notice(UUID personId, String key, List<String> arguments) {
    this.personId = personId;
    this.key = key;
    this.arguments = String.join(SEPARATOR, arguments);
  }

  public void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getKey() {
    return key;
  }

  public List<String> getArguments() {
    return arguments.isEmpty() ? List.of() : List.of(arguments.split(SEPARATOR, -1));
  }

  public Instant getReadAt() {
    return readAt;
  }
}
