package org.qunfang.dispatch.roster.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import ai.timefold.solver.core.api.solver.Solver;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.roster.AutoRosterJob;
import org.qunfang.dispatch.api.roster.AutoRosterOutcome;
import org.qunfang.dispatch.api.roster.AutoRosterRequest;
import org.qunfang.dispatch.api.roster.AutoRostering;
import org.qunfang.dispatch.api.roster.EmptySlot;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.planning.control.Assignments;
import org.qunfang.dispatch.planning.control.EmptySlotReasons;
import org.qunfang.dispatch.planning.control.HardRules;
import org.qunfang.dispatch.planning.control.RosterPlan;
import org.qunfang.dispatch.planning.control.RosterSolver;
import org.qunfang.dispatch.planning.control.SlotPlan;
import org.qunfang.dispatch.roster.control.PlanParts;
import org.qunfang.dispatch.roster.control.PlanParts.Part;
import org.qunfang.dispatch.roster.control.RosterSettings;
import org.qunfang.dispatch.roster.control.RosterSnapshot;
import org.qunfang.dispatch.roster.control.RunningSolves;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.job.JobBoard;
import org.qunfang.kernel.job.JobProgress;
import org.qunfang.kernel.job.JobStatus;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/**
 * Automatic rostering on the job board, as its starter: read the period once, solve each township
 * in parallel for the time given (or until stopped), write back what changed, and explain every
 * slot left empty.
 */
@Stateless
@AuditRefusals
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class AutoRoster implements AutoRostering {

  static final String KIND = "roster-solve";

  @Inject JobBoard board;

  @Inject Validator validator;

  @Inject AreaReach reach;

  @Inject RosterSettings settings;

  @Inject RosterSolveSteps steps;

  @Inject RunningSolves running;

  /** Solver threads: the default managed executor runs the job itself and may have no other. */
  @Resource ManagedThreadFactory threads;

  @Override
  public AutoRosterJob start(AutoRosterRequest request, Locale language) {
    Inputs.valid(validator, request);
    DivisionCode area = reach.area(request.area());
    Instant from = Beijing.startOf(request.from());
    Instant until = Beijing.startOf(request.from().plusDays(request.days()));
    Duration limit = Duration.ofSeconds(request.secondsOrDefault());
    JobStatus job =
        board.start(
            KIND,
            area.value() + " " + request.from() + " +" + request.days(),
            language,
            progress -> solve(progress, area, from, until, limit, language));
    return view(job, null);
  }

  @Override
  public AutoRosterJob status(UUID id) {
    JobStatus job = job(id);
    return view(job, board.result(id, KIND, AutoRosterOutcome.class).orElse(null));
  }

  @Override
  public AutoRosterJob stop(UUID id) {
    JobStatus job = job(id);
    running.stop(id);
    return view(job, board.result(id, KIND, AutoRosterOutcome.class).orElse(null));
  }

  private JobStatus job(UUID id) {
    return board
        .find(id, KIND)
        .orElseThrow(() -> new NotFound(new Message(TEXTS, "autoRoster.notFound")));
  }

  private AutoRosterOutcome solve(
      JobProgress progress,
      DivisionCode area,
      Instant from,
      Instant until,
      Duration limit,
      Locale language) {
    HardRules rules = settings.rules();
    progress.phase("LOADING");
    RosterSnapshot snapshot = steps.load(area, from, until, PlanParts.reach(rules.limits()));
    List<Part> parts = PlanParts.of(snapshot, rules.limits());
    progress.phase("SOLVING");
    progress.total((int) limit.toSeconds());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(parts.size(), Runtime.getRuntime().availableProcessors())),
            threads);
    List<Future<RosterPlan>> answers = new ArrayList<>();
    for (Part part : parts) {
      Solver<RosterPlan> solver = RosterSolver.within(limit);
      running.add(progress.jobId(), solver);
      answers.add(pool.submit(() -> solver.solve(part.plan())));
    }
    List<RosterPlan> solved = new ArrayList<>();
    boolean stopped;
    try {
      long started = System.nanoTime();
      for (Future<RosterPlan> answer : answers) {
        while (!answer.isDone()) {
          progress.done(
              (int) Math.min(limit.toSeconds(), (System.nanoTime() - started) / 1_000_000_000L));
          if (running.isStopped(progress.jobId())) {
            running.stop(progress.jobId()); // again: a solver starting clears an earlier stop
          }
          Thread.sleep(250);
        }
        solved.add(answer.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Rostering interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Rostering failed", e.getCause());
    } finally {
      pool.shutdownNow();
      stopped = running.isStopped(progress.jobId());
      running.finish(progress.jobId());
    }
    progress.phase("SAVING");
    return save(parts, solved, snapshot, rules, language, stopped);
  }

  private AutoRosterOutcome save(
      List<Part> parts,
      List<RosterPlan> solved,
      RosterSnapshot snapshot,
      HardRules rules,
      Locale language,
      boolean stopped) {
    Map<UUID, Slot> loaded = new HashMap<>();
    snapshot.slots().forEach(s -> loaded.put(s.getId(), s));
    List<RosterSolveSteps.Change> changes = new ArrayList<>();
    List<EmptySlot> empties = new ArrayList<>();
    int slots = 0;
    int kept = 0;
    int filled = 0;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      RosterPlan answer = solved.get(i);
      Assignments taken = Assignments.of(answer, rules);
      for (SlotPlan slot : answer.getSlots()) {
        Slot before = loaded.get(slot.getId());
        if (before == null) {
          continue; // someone's shift outside the period
        }
        slots++;
        if (slot.isPinned()) {
          kept++;
          continue;
        }
        UUID now = slot.getPerson() == null ? null : slot.getPerson().getId();
        if (!Objects.equals(now, before.getPersonId())) {
          changes.add(new RosterSolveSteps.Change(slot.getId(), before.getVersion(), now));
        }
        if (now == null) {
          empties.add(
              new EmptySlot(
                  slot.getId(),
                  snapshot.posts().get(slot.getPostId()).getName(),
                  slot.getSpan().start(),
                  slot.getSpan().end(),
                  slot.getRequired(),
                  EmptySlotReasons.of(slot, part.pool(), taken).in(language)));
        } else {
          filled++;
        }
      }
    }
    int skipped = steps.save(changes, rules, PlanParts.reach(rules.limits()));
    empties.sort(Comparator.comparing(EmptySlot::startsAt));
    return new AutoRosterOutcome(slots, filled, kept, skipped, empties.size(), stopped, empties);
  }

  private static AutoRosterJob view(JobStatus job, AutoRosterOutcome outcome) {
    return new AutoRosterJob(
        job.id(),
        job.state().name(),
        job.phase(),
        job.done(),
        job.total(),
        job.failure(),
        job.millis(),
        outcome);
  }
}
