package org.qunfang.grid.wechat.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.wechat.CoverageRow;
import org.qunfang.grid.api.wechat.NewWechatGroup;
import org.qunfang.grid.api.wechat.WechatGroupChange;
import org.qunfang.grid.api.wechat.WechatGroupView;
import org.qunfang.grid.api.wechat.WechatGroups;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.grid.wechat.control.WechatCoverage;
import org.qunfang.grid.wechat.entity.WechatGroup;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/** A small grid's WeChat groups, kept by its members, and coverage for everyone above them. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class WechatGroupRegister implements WechatGroups {

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject Validator validator;

  @Inject GridReach reach;

  @Inject WechatCoverage coverage;

  @Override
  public WechatGroupView add(NewWechatGroup request) {
    Inputs.valid(validator, request);
    Grid grid = reach.smallGrid(request.gridId());
    WechatGroup group = new WechatGroup(grid.getId(), grid.getDivisionCode());
    requireRoom(grid, group.getId(), request.householdsCovered());
    group.describe(request.name(), request.administrator(), request.householdsCovered());
    em.persist(group);
    flushOrConflict(request.name());
    return view(group, grid);
  }

  @Override
  public WechatGroupView change(UUID id, WechatGroupChange change) {
    Inputs.valid(validator, change);
    WechatGroup group = id == null ? null : em.find(WechatGroup.class, id);
    Grid grid = group == null ? null : reach.find(group.getGridId()).orElse(null);
    if (grid == null) {
      throw new NotFound(new Message(TEXTS, "wechat.notFound"));
    }
    group.requireVersion(change.version(), TEXTS, "wechat.changedByOther");
    requireRoom(grid, group.getId(), change.householdsCovered());
    group.describe(change.name(), change.administrator(), change.householdsCovered());
    flushOrConflict(change.name());
    return view(group, grid);
  }

  @Override
  public List<WechatGroupView> list(String area) {
    DivisionCode within = reach.area(area);
    List<WechatGroupView> views = new ArrayList<>();
    em.createNamedQuery(WechatGroup.IN_AREA, WechatGroup.class)
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .getResultStream()
        .forEach(w -> reach.find(w.getGridId()).ifPresent(g -> views.add(view(w, g))));
    return views;
  }

  @Override
  public List<CoverageRow> coverage(String area, AreaLevel level) {
    return coverage.rows(reach.area(area), level == null ? AreaLevel.GRID : level);
  }

  /** A grid's groups together cannot reach more households than the grid has registered. */
  private void requireRoom(Grid grid, UUID except, int covered) {
    long others =
        em.createNamedQuery(WechatGroup.COVERED_IN_GRID, Long.class)
            .setParameter("grid", grid.getId())
            .setParameter("except", except)
            .getSingleResult();
    long registered =
        em.createQuery("select count(h) from Household h where h.gridId = :grid", Long.class)
            .setParameter("grid", grid.getId())
            .getSingleResult();
    if (others + covered > registered) {
      throw new InvalidInput(
          new Message(TEXTS, "wechat.tooMany", others + covered, grid.getCode(), registered),
          "householdsCovered");
    }
  }

  private void flushOrConflict(String name) {
    try {
      em.flush();
    } catch (PersistenceException clash) {
      throw new Conflict(new Message(TEXTS, "wechat.exists", name), "name");
    }
  }

  private static WechatGroupView view(WechatGroup w, Grid grid) {
    return new WechatGroupView(
        w.getId(),
        w.getGridId(),
        grid.getCode(),
        grid.getName(),
        w.getName(),
        w.getAdministrator(),
        w.getHouseholdsCovered(),
        w.getVersion());
  }
}
