package org.qunfang.dispatch.planning.control;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;

/**
 * Builds solvers for rosters. Construction fills each slot in turn with the best of {@value
 * #SAMPLE} candidates drawn at random: weighing all of a township's two thousand people for each of
 * its eight thousand slots takes minutes, and a sample of a hundred already leaves no one idle.
 * (Letting construction stop at the first move that does not worsen the score would keep every slot
 * empty: leaving a slot empty does not worsen it.) Local search then changes and swaps people for
 * preferences and fair hours until the time is up or nothing has improved for a while.
 */
public final class RosterSolver {

  static final long SAMPLE = 100;

  private static final SolverFactory<RosterPlan> FACTORY =
      SolverFactory.create(
          new SolverConfig(RosterSolver.class.getClassLoader())
              .withSolutionClass(RosterPlan.class)
              .withEntityClasses(SlotPlan.class)
              .withConstraintProviderClass(RosterConstraints.class)
              .withPhases(
                  new ConstructionHeuristicPhaseConfig()
                      .withEntityPlacerConfig(
                          new QueuedEntityPlacerConfig()
                              .withMoveSelectorConfigList(
                                  List.of(
                                      new ChangeMoveSelectorConfig()
                                          .withValueSelectorConfig(
                                              new ValueSelectorConfig()
                                                  .withSelectionOrder(SelectionOrder.RANDOM))
                                          .withSelectedCountLimit(SAMPLE)))),
                  new LocalSearchPhaseConfig()));

  private RosterSolver() {}

  /** A solver that stops after {@code limit}, or after a fifth of it without improving. */
  public static Solver<RosterPlan> within(Duration limit) {
    Duration unimproved =
        limit.dividedBy(5).compareTo(Duration.ofSeconds(2)) < 0
            ? Duration.ofSeconds(2)
            : limit.dividedBy(5);
    return FACTORY.buildSolver(
        new SolverConfigOverride<RosterPlan>()
            .withTerminationConfig(
                new TerminationConfig()
                    .withSpentLimit(limit)
                    .withUnimprovedSpentLimit(unimproved)));
  }
}
