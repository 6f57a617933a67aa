package org.qunfang.web.menu;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qunfang.web.api.menu.ToDo;

/** The signed-in person's last counted to-dos, kept for half a minute. */
@SessionScoped
public class WorkbenchCounts implements Serializable {

  static final Duration FRESH = Duration.ofSeconds(30);

  private static final long serialVersionUID = 1L;

  private List<ToDo> toDos;
  private Instant countedAt;

  /** The to-dos counted less than {@link #FRESH} ago. */
  public synchronized Optional<List<ToDo>> fresh(Instant now) {
    return countedAt != null && countedAt.plus(FRESH).isAfter(now)
        ? Optional.of(toDos)
        : Optional.empty();
  }

  public synchronized void keep(List<ToDo> counted, Instant now) {
    toDos = counted;
    countedAt = now;
  }
}
