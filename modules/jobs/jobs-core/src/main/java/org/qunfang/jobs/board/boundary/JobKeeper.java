package org.qunfang.jobs.board.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.qunfang.jobs.board.control.RunningJobs;

/**
 * Keeps the board truthful: at start-up this node's unfinished jobs are marked interrupted (they
 * died with the previous run); while it runs, its jobs' heartbeat is kept and expired jobs go.
 */
@Startup
@Singleton
@DependsOn("JobsSchema")
public class JobKeeper {

  private static final Logger LOG = Logger.getLogger(JobKeeper.class.getName());

  @Inject JobRows rows;

  @Inject RunningJobs running;

  @PostConstruct
  void interruptLeftovers() {
    int cut = rows.interruptAll(running.node());
    if (cut > 0) {
      LOG.info(() -> cut + " job(s) cut off by the last stop marked interrupted");
    }
  }

  /** Often enough that a poll on another node can tell a live job from a dead one. */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void beat() {
    rows.beat(running.now());
  }

  /**
   * Expired jobs go every five minutes: an hour past their end, a few minutes more is no matter.
   */
  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void purge() {
    rows.purge();
  }
}
