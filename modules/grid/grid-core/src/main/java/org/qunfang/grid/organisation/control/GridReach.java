package org.qunfang.grid.organisation.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Which grids the caller works in. Officers reach every grid of their area; someone who is only a
 * grid member reaches the small grids they are currently assigned to by account (and, as a big
 * grid's leader, that big grid's small grids). Grid-level records ask this before anything else.
 */
@RequestScoped
public class GridReach {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject CurrentCaller caller;

  private Set<UUID> assigned;

  private final Set<UUID> direct = new HashSet<>();

  /** True when the caller's work is limited to assigned grids. */
  public boolean limitedToAssignments() {
    CallerProfile profile = caller.profile();
    return profile.has(Role.GRID_MEMBER)
        && !profile.has(Role.DISTRICT_ADMIN)
        && !profile.has(Role.TOWNSHIP_OFFICER)
        && !profile.has(Role.COMMUNITY_OFFICER);
  }

  /** The small grids a limited caller reaches; empty for officers (who are limited by area). */
  public Set<UUID> assignedSmallGrids() {
    if (assigned == null) {
      assigned = new HashSet<>();
      for (Grid grid :
          em.createNamedQuery(Grid.ASSIGNED_TO, Grid.class)
              .setParameter("account", caller.profile().username())
              .getResultList()) {
        direct.add(grid.getId());
        if (grid.getKind() == GridKind.SMALL) {
          assigned.add(grid.getId());
        } else {
          em.createNamedQuery(Grid.SMALL_OF, Grid.class)
              .setParameter("big", grid)
              .getResultStream()
              .forEach(small -> assigned.add(small.getId()));
        }
      }
    }
    return assigned;
  }

  public boolean covers(Grid grid) {
    return caller.scope().covers(grid.getDivisionCode())
        && (!limitedToAssignments() || assignedSmallGrids().contains(grid.getId()));
  }

  /**
   * Whether the caller may look at a grid and its staff: one they reach, or for a grid member the
   * big grid they lead or that lies above a small grid of theirs — never another member's small
   * grid next door.
   */
  public boolean readable(Grid grid) {
    if (covers(grid)) {
      return true;
    }
    if (!limitedToAssignments()) {
      return false;
    }
    Set<UUID> smallGrids = assignedSmallGrids(); // finds the grids they are on directly too
    if (direct.contains(grid.getId())) {
      return true; // the big grid they lead
    }
    return grid.getKind() == GridKind.BIG
        && caller.scope().covers(grid.getDivisionCode())
        && em.createNamedQuery(Grid.SMALL_OF, Grid.class)
            .setParameter("big", grid)
            .getResultStream()
            .anyMatch(small -> smallGrids.contains(small.getId()));
  }

  /** The grid, when the caller reaches it. */
  public Optional<Grid> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Grid.class, id)).filter(this::covers);
  }

  /**
   * The caller's whole area when {@code requested} is blank, else that part of it (403 outside).
   */
  public DivisionCode area(String requested) {
    if (requested == null || requested.isBlank()) {
      return caller.scope().home();
    }
    caller.scope().require(requested);
    return DivisionCode.of(requested);
  }

  /** The grids of {@code area} the caller reaches, by code; {@code kind} null for both kinds. */
  public List<Grid> grids(DivisionCode area, GridKind kind) {
    return em.createNamedQuery(Grid.IN_RANGE, Grid.class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .getResultStream()
        .filter(g -> kind == null || g.getKind() == kind)
        .filter(this::covers)
        .toList();
  }

  /** A small grid the caller reaches: 404 when it is not theirs, 400 when it is a big grid. */
  public Grid smallGrid(UUID id) {
    Grid grid = find(id).orElseThrow(() -> new NotFound(new Message(TEXTS, "grid.notFound")));
    if (grid.getKind() != GridKind.SMALL) {
      throw new InvalidInput(new Message(TEXTS, "grid.notSmall"), "gridId");
    }
    return grid;
  }
}
