package org.qunfang.dispatch.roster.control;

import ai.timefold.solver.core.api.solver.Solver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qunfang.dispatch.planning.control.RosterPlan;

/** The solvers of the rostering jobs running on this server, so a job can be stopped. */
@ApplicationScoped
public class RunningSolves {

  private final Map<UUID, List<Solver<RosterPlan>>> solvers = new ConcurrentHashMap<>();
  private final Map<UUID, Boolean> stopped = new ConcurrentHashMap<>();

  public void add(UUID job, Solver<RosterPlan> solver) {
    solvers.computeIfAbsent(job, j -> new CopyOnWriteArrayList<>()).add(solver);
    if (stopped.containsKey(job)) {
      solver.terminateEarly();
    }
  }

  /**
   * Ends the job's solving now; each solver returns the best it has found. A solver that has not
   * begun yet forgets the stop when it begins (Timefold resets it), so the job repeats it while it
   * waits for its solvers.
   */
  public void stop(UUID job) {
    stopped.put(job, true);
    solvers.getOrDefault(job, List.of()).forEach(Solver::terminateEarly);
  }

  public boolean isStopped(UUID job) {
    return stopped.containsKey(job);
  }

  public void finish(UUID job) {
    solvers.remove(job);
    stopped.remove(job);
  }
}
