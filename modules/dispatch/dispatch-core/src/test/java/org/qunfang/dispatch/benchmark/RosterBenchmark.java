package org.qunfang.dispatch.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.qunfang.dispatch.planning.control.Assignments;
import org.qunfang.dispatch.planning.control.Candidate;
import org.qunfang.dispatch.planning.control.FirstFit;
import org.qunfang.dispatch.planning.control.GeneratedWeek;
import org.qunfang.dispatch.planning.control.GeneratedWeek.Part;
import org.qunfang.dispatch.planning.control.HardRules;
import org.qunfang.dispatch.planning.control.RosterLimits;
import org.qunfang.dispatch.planning.control.RosterPlan;
import org.qunfang.dispatch.planning.control.RosterSolver;

/**
 * A week of checkpoint duty at Mawei's scale, filled twice from the same seed: by the greedy first
 * fit (the baseline) and by the solver, township by township in parallel. Prints slots, empty
 * slots, rules broken (judged by {@link HardRules}, not by the solver's own score), the spread of
 * weekly hours over everyone and the times. Arguments: the solver's limit in seconds (55), seed.
 */
public final class RosterBenchmark {

  public static void main(String[] args) throws Exception {
    Duration limit = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 55);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_200_202L;
    HardRules rules = new HardRules(RosterLimits.DEFAULT);
    LocalDate monday = LocalDate.of(2026, 11, 30);

    List<Part> greedy =
        new GeneratedWeek(seed, monday, rules.limits())
            .generate(GeneratedWeek.MAWEI_POSTS, GeneratedWeek.MAWEI_PEOPLE);
    long t0 = System.nanoTime();
    for (Part part : greedy) {
      FirstFit.fill(part.plan(), part.people(), rules);
    }
    long greedyMs = (System.nanoTime() - t0) / 1_000_000;
    report("greedy first fit", greedy, rules, greedyMs);

    List<Part> solved =
        new GeneratedWeek(seed, monday, rules.limits())
            .generate(GeneratedWeek.MAWEI_POSTS, GeneratedWeek.MAWEI_PEOPLE);
    ExecutorService pool = Executors.newFixedThreadPool(solved.size());
    long t1 = System.nanoTime();
    List<Future<RosterPlan>> answers = new ArrayList<>();
    Map<String, Long> complete = new java.util.concurrent.ConcurrentHashMap<>();
    for (Part part : solved) {
      Solver<RosterPlan> solver = RosterSolver.within(limit);
      solver.addEventListener(
          event -> {
            HardMediumSoftLongScore best = (HardMediumSoftLongScore) event.getNewBestScore();
            if (best.isSolutionInitialized() && best.mediumScore() == 0) {
              complete.putIfAbsent(part.township(), (System.nanoTime() - t1) / 1_000_000);
            }
          });
      answers.add(pool.submit(() -> solver.solve(part.plan())));
    }
    List<Part> results = new ArrayList<>();
    for (int i = 0; i < solved.size(); i++) {
      Part part = solved.get(i);
      results.add(new Part(part.township(), answers.get(i).get(), part.people()));
    }
    long solverMs = (System.nanoTime() - t1) / 1_000_000;
    pool.shutdown();
    report("solver (limit " + limit.toSeconds() + " s per township)", results, rules, solverMs);
    results.forEach(
        p ->
            System.out.printf(
                "  %s: %,d slots, %,d people, score %s, every slot filled after %s ms%n",
                p.township(),
                p.plan().getSlots().size(),
                p.people().size(),
                p.plan().getScore(),
                complete.getOrDefault(p.township(), -1L)));
  }

  private static void report(String what, List<Part> parts, HardRules rules, long millis) {
    int slots = 0;
    int empty = 0;
    int broken = 0;
    Map<Candidate, Long> hours = new HashMap<>();
    int people = 0;
    for (Part part : parts) {
      RosterPlan plan = part.plan();
      slots += plan.getSlots().size();
      empty += (int) plan.getSlots().stream().filter(s -> s.getPerson() == null).count();
      broken += Assignments.breaches(plan, rules).size();
      hours.putAll(Assignments.hours(plan));
      people += part.people().size();
      part.people().forEach(p -> hours.putIfAbsent(p, 0L));
    }
    long max = hours.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long min = hours.values().stream().mapToLong(Long::longValue).min().orElse(0);
    long idle = hours.values().stream().filter(h -> h == 0).count();
    System.out.printf(
        "%-40s slots %,d  empty %,d  broken %d  people %,d (idle %,d)  hours %d–%d spread %d"
            + "  time %,d ms%n",
        what, slots, empty, broken, people, idle, min, max, max - min, millis);
  }
}
