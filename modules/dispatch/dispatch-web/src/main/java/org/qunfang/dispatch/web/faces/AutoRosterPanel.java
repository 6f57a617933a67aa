package org.qunfang.dispatch.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.qunfang.dispatch.api.roster.AutoRosterJob;
import org.qunfang.dispatch.api.roster.AutoRosterRequest;
import org.qunfang.dispatch.api.roster.AutoRostering;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;

/**
 * Automatic rostering from the coverage page: start, watch its progress, stop, read the outcome.
 */
@Named
@ViewScoped
public class AutoRosterPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AutoRostering auto;
  @Inject transient PageMessages messages;
  @Inject LanguageSwitch language;
  @Inject CoveragePage coverage;

  private int seconds = 30;
  private AutoRosterJob job;

  public void start() {
    try {
      job =
          auto.start(
              new AutoRosterRequest(
                  coverage.getArea(), coverage.getFrom(), Math.min(7, coverage.getDays()), seconds),
              language.getLocale());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Asked by the page's poll; shows the roster again once the run is over. */
  public void refresh() {
    if (job == null) {
      return;
    }
    boolean wasRunning = isRunning();
    job = auto.status(job.id());
    if (wasRunning && !isRunning()) {
      coverage.show();
    }
  }

  public void stop() {
    if (job != null) {
      job = auto.stop(job.id());
    }
  }

  public boolean isRunning() {
    return job != null && ("QUEUED".equals(job.state()) || "RUNNING".equals(job.state()));
  }

  public int getPercent() {
    return job == null || job.total() == 0 ? 0 : Math.min(100, job.done() * 100 / job.total());
  }

  public AutoRosterJob getJob() {
    return job;
  }

  public int getSeconds() {
    return seconds;
  }

  public void setSeconds(int seconds) {
    this.seconds = seconds;
  }
}
