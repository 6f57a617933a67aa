package org.qunfang.hotline.web.faces;

import jakarta.ejb.EJBException;
import java.util.function.Supplier;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;

/** How the desk's parts read and act: a refusal is a message on the page, never an error page. */
final class DeskAttempts {

  private DeskAttempts() {}

  /** A list the caller's roles may not see is simply empty on this page. */
  static <T> T quietly(Supplier<T> read, T otherwise) {
    try {
      return read.get();
    } catch (Problem | EJBException refused) {
      return otherwise;
    }
  }

  /** Does it, says so and reloads; or shows why not. */
  static void act(
      PageMessages messages, Runnable action, Runnable reload, String done, Object... args) {
    try {
      action.run();
      messages.info(done, args);
      reload.run();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }
}
