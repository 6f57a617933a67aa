package org.qunfang.grid.organisation.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.access.api.Authentication;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.GridView;
import org.qunfang.grid.api.NewAssignment;
import org.qunfang.grid.api.NewGrid;
import org.qunfang.grid.api.StaffAssignmentView;
import org.qunfang.grid.division.entity.Division;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Assignment;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Grids and their staff. Township officers draw big grids in their township, community officers
 * small grids in their community; everyone on the grid side reads within their area.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class Grids implements GridOrganisation {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Inject GridReach reach;

  @Inject Authentication accounts;

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public GridView create(NewGrid request) {
    caller.scope().require(request.divisionCode());
    Division division = em.find(Division.class, request.divisionCode());
    if (division == null) {
      throw invalid("division.notFound", "divisionCode", request.divisionCode());
    }
    Grid grid = request.kind() == GridKind.BIG ? big(request, division) : small(request, division);
    em.persist(grid);
    em.flush();
    return view(grid);
  }

  private Grid big(NewGrid request, Division township) {
    if (township.getLevel() != DivisionLevel.TOWNSHIP) {
      throw invalid("grid.bigNeedsTownship", "divisionCode");
    }
    return Grid.big(township.getCode(), request.name(), next(township, GridKind.BIG));
  }

  private Grid small(NewGrid request, Division community) {
    if (community.getLevel() != DivisionLevel.VILLAGE) {
      throw invalid("grid.smallNeedsCommunity", "divisionCode");
    }
    if (request.parentId() == null) {
      throw invalid("grid.smallNeedsBigGrid", "parentId");
    }
    // a community officer's small grid belongs to a big grid of the township above their area
    Grid big = em.find(Grid.class, request.parentId());
    if (big == null || big.getKind() != GridKind.BIG) {
      throw invalid("grid.smallNeedsBigGrid", "parentId");
    }
    if (!big.holds(community.getCode())) {
      throw invalid("grid.outsideBigGrid", "divisionCode", community.getCode());
    }
    return Grid.small(big, community.getCode(), request.name(), next(community, GridKind.SMALL));
  }

  /**
   * The next sequence of the division, reserved: the division's row is locked until the grid is
   * written, so officers drawing grids at once queue here instead of colliding on the code.
   */
  private int next(Division division, GridKind kind) {
    em.lock(division, LockModeType.PESSIMISTIC_WRITE);
    Integer last =
        em.createNamedQuery(Grid.LAST_SEQUENCE, Integer.class)
            .setParameter("division", division.getCode())
            .setParameter("kind", kind)
            .getSingleResult();
    return (last == null ? 0 : last) + 1;
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.GRID_MEMBER,
    Role.Names.DISPATCHER
  })
  public GridView get(UUID id) {
    return view(readable(id));
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.GRID_MEMBER,
    Role.Names.DISPATCHER
  })
  public List<GridView> list(String area) {
    String within = area == null || area.isBlank() ? caller.profile().homeDivision() : area;
    caller.scope().require(within);
    return em.createNamedQuery(Grid.IN_AREA, Grid.class)
        .setParameter("area", within + "%")
        .getResultStream()
        .filter(reach::covers)
        .map(this::view)
        .toList();
  }

  @Override
  public List<GridView> bigGridsForSmall() {
    String home = caller.profile().homeDivision();
    String township = home.length() > 9 ? home.substring(0, 9) : home;
    return em.createNamedQuery(Grid.IN_AREA, Grid.class)
        .setParameter("area", township + "%")
        .getResultStream()
        .filter(g -> g.getKind() == GridKind.BIG)
        .map(this::view)
        .toList();
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public StaffAssignmentView assign(UUID gridId, NewAssignment request) {
    Grid grid = inScope(gridId);
    requireAccountInGrid(request.account(), grid);
    Instant now = Instant.now();
    if (grid.getKind() == GridKind.BIG) {
      current(grid).forEach(leader -> leader.end(now)); // one leader at a time
    }
    Assignment assignment =
        new Assignment(
            grid, request.name(), request.phone(), request.source(), request.account(), now);
    em.persist(assignment);
    em.flush();
    return view(assignment);
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public StaffAssignmentView end(UUID assignmentId) {
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null) {
      throw new NotFound(new Message(TEXTS, "assignment.notFound"));
    }
    inScope(assignment.getGridId());
    if (!assignment.end(Instant.now())) {
      throw new Conflict(new Message(TEXTS, "assignment.ended"));
    }
    return view(assignment);
  }

  @Override
  public List<StaffAssignmentView> history(UUID gridId) {
    return assignments(readable(gridId)).stream()
        .sorted(Comparator.comparing((Assignment a) -> !a.isCurrent()))
        .map(Grids::view)
        .toList();
  }

  private List<Assignment> assignments(Grid grid) {
    return em.createNamedQuery(Assignment.OF_GRID, Assignment.class)
        .setParameter("grid", grid.getId())
        .getResultList();
  }

  private List<Assignment> current(Grid grid) {
    return assignments(grid).stream().filter(Assignment::isCurrent).toList();
  }

  /**
   * The account a grid member signs in with, if given, must exist and lie over the grid: the
   * assignment is what gives them the grid's households, so a wrong name would give them nothing.
   */
  private void requireAccountInGrid(String account, Grid grid) {
    if (account == null || account.isBlank()) {
      return;
    }
    boolean fits =
        accounts
            .profileOf(account)
            .map(
                p ->
                    grid.getDivisionCode().startsWith(p.homeDivision())
                        || p.homeDivision().startsWith(grid.getDivisionCode()))
            .orElse(false);
    if (!fits) {
      throw invalid("assignment.accountUnknown", "account", account);
    }
  }

  /** A grid the caller may look at ({@link GridReach#readable}); 404 otherwise. */
  private Grid readable(UUID id) {
    Grid grid = inScope(id);
    if (!reach.readable(grid)) {
      throw new NotFound(new Message(TEXTS, "grid.notFound"));
    }
    return grid;
  }

  private Grid inScope(UUID id) {
    Grid grid = em.find(Grid.class, id);
    if (grid == null || !caller.scope().covers(grid.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "grid.notFound"));
    }
    return grid;
  }

  private GridView view(Grid grid) {
    Optional<StaffAssignmentView> leader =
        grid.getKind() == GridKind.BIG
            ? current(grid).stream().findFirst().map(Grids::view)
            : Optional.empty();
    return new GridView(
        grid.getId(),
        grid.getCode(),
        grid.getKind(),
        grid.getName(),
        grid.getDivisionCode(),
        grid.getParentId(),
        leader.orElse(null),
        grid.getVersion());
  }

  private static StaffAssignmentView view(Assignment a) {
    return new StaffAssignmentView(
        a.getId(),
        a.getGridId(),
        a.getName(),
        Masking.mobile(a.getPhone()),
        a.getSource(),
        a.getAccount(),
        a.getRole(),
        a.getSince(),
        a.getUntil());
  }

  private static InvalidInput invalid(String key, String field, Object... args) {
    return new InvalidInput(new Message(TEXTS, key, args), field);
  }
}
