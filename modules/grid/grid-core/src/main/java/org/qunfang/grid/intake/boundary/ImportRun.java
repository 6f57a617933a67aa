package org.qunfang.grid.intake.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.household.entity.PopulationTag;
import org.qunfang.grid.intake.control.CheckedRow;
import org.qunfang.grid.intake.control.GridRef;
import org.qunfang.grid.intake.control.ImportBoard;
import org.qunfang.grid.intake.control.ResidentBulk;
import org.qunfang.grid.intake.control.ResidentWorkbook;
import org.qunfang.grid.intake.control.RowChecks;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.pii.Pii;
import org.qunfang.kernel.pii.PiiProtection;
import org.qunfang.kernel.problem.Message;

/**
 * One import, in one transaction: read and check every row, look up who is already registered, and
 * — only when no row is bad — write everything. The audit trail gets one entry per import naming
 * the file and counts; every row carries the import's id.
 */
@Stateless
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class ImportRun {

  static final String TEXTS = "org.qunfang.grid.api.Messages";

  private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @Inject GridReach reach;

  @Inject CurrentCaller caller;

  public void execute(ImportBoard.Entry job, ResidentWorkbook workbook) {
    long started = System.nanoTime();
    RowChecks checks = new RowChecks(smallGrids(), tagNames());
    List<CheckedRow> checked = new ArrayList<>();
    AtomicInteger read = new AtomicInteger();
    workbook.rows(
        row -> {
          int n = read.incrementAndGet();
          if (n <= ResidentWorkbook.MAX_ROWS) {
            checks.check(row).ifPresent(checked::add);
          }
          if (n % 1000 == 0) {
            job.read(n);
          }
        });
    if (read.get() == 0 || read.get() > ResidentWorkbook.MAX_ROWS) {
      job.failed(
          read.get() == 0
              ? new Message(TEXTS, "import.empty")
              : new Message(TEXTS, "import.tooManyRows", ResidentWorkbook.MAX_ROWS));
      return;
    }
    job.checking(read.get());
    long readAt = System.nanoTime();
    PiiProtection pii = Pii.protection();
    List<CheckedRow> rows =
        new ArrayList<>(
            checked.parallelStream()
                .map(r -> r.idNumber() == null ? r : r.withIdHash(pii.lookupHash(r.idNumber())))
                .toList());
    try (Connection connection = dataSource.getConnection()) {
      ResidentBulk bulk = new ResidentBulk(connection, pii);
      refuseRegistered(rows, checks, bulk);
      long lookedUpAt = System.nanoTime();
      if (!checks.errors().isEmpty()) {
        checks.errors().sort((a, b) -> Integer.compare(a.row(), b.row()));
        job.refused(checks.errors());
        return;
      }
      job.writing();
      String batch = job.id().toString();
      ResidentBulk.Written written =
          bulk.write(rows, batch, caller.profile().username(), job::written);
      AuditTrail.record(
          "ResidentImport",
          batch,
          AuditAction.CREATE,
          Map.of(
              "file", job.fileName(),
              "residents", String.valueOf(written.residents()),
              "households", String.valueOf(written.households()),
              "buildings", String.valueOf(written.buildings())));
      job.done(written.households(), written.residents());
      LOG.info(
          () ->
              String.format(
                  "Import %s: %d rows read and checked in %d ms, hashed and looked up in %d ms,"
                      + " written in %d ms",
                  batch,
                  rows.size(),
                  (readAt - started) / 1_000_000,
                  (lookedUpAt - readAt) / 1_000_000,
                  (System.nanoTime() - lookedUpAt) / 1_000_000));
    } catch (SQLException e) {
      throw new IllegalStateException("Import " + job.id() + " could not be written", e);
    }
  }

  private void refuseRegistered(List<CheckedRow> rows, RowChecks checks, ResidentBulk bulk)
      throws SQLException {
    Set<String> hashes =
        rows.stream().map(CheckedRow::idHash).filter(h -> h != null).collect(Collectors.toSet());
    Map<String, ResidentBulk.Registered> registered = bulk.registered(hashes);
    if (registered.isEmpty()) {
      return;
    }
    Map<UUID, Grid> grids = new HashMap<>();
    for (CheckedRow row : rows) {
      ResidentBulk.Registered existing = row.idHash() == null ? null : registered.get(row.idHash());
      if (existing != null) {
        Grid grid = grids.computeIfAbsent(existing.gridId(), id -> em.find(Grid.class, id));
        checks.existing(row, Masking.name(existing.name()), grid.getCode(), grid.getName());
      }
    }
    rows.removeIf(row -> row.idHash() != null && registered.containsKey(row.idHash()));
  }

  /** The small grids the caller reaches, by code. */
  private Map<String, GridRef> smallGrids() {
    return em.createNamedQuery(Grid.IN_AREA, Grid.class)
        .setParameter("area", caller.scope().likePattern())
        .getResultStream()
        .filter(g -> g.getKind() == GridKind.SMALL && reach.covers(g))
        .map(g -> new GridRef(g.getId(), g.getCode(), g.getName(), g.getDivisionCode()))
        .collect(Collectors.toMap(GridRef::code, Function.identity()));
  }

  /** Tag codes by code, Chinese name and (lower-case) English name. */
  private Map<String, String> tagNames() {
    Map<String, String> names = new HashMap<>();
    for (PopulationTag tag :
        em.createNamedQuery(PopulationTag.ALL, PopulationTag.class).getResultList()) {
      names.put(tag.getCode(), tag.getCode());
      names.put(tag.getNameZh(), tag.getCode());
      names.put(tag.getNameEn().toLowerCase(Locale.ROOT), tag.getCode());
    }
    return names;
  }
}
