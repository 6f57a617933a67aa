package org.qunfang.grid.intake.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.household.control.RegisteredPeople;
import org.qunfang.grid.household.entity.PopulationTag;
import org.qunfang.grid.intake.control.CheckedRow;
import org.qunfang.grid.intake.control.CheckingReader;
import org.qunfang.grid.intake.control.GridRef;
import org.qunfang.grid.intake.control.ImportOutcome;
import org.qunfang.grid.intake.control.ImportProgress;
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
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * One import, in one transaction: read and check every row and — only when no row is bad — write
 * everything; a person already registered undoes the write and is named with the bad rows. The
 * audit trail gets one entry per import naming the file and counts; every row carries the import's
 * id.
 */
@Stateless
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class ImportRun {

  private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @Inject GridReach reach;

  @Inject CurrentCaller caller;

  @Inject RegisteredPeople people;

  public ImportOutcome execute(ImportProgress job, String fileName, ResidentWorkbook workbook) {
    long started = System.nanoTime();
    RowChecks checks = new RowChecks(smallGrids(), tagNames());
    PiiProtection pii = Pii.protection();
    job.reading();
    CheckingReader.Read read =
        CheckingReader.read(
            workbook, checks, pii::lookupHash, ResidentWorkbook.MAX_ROWS, job::read);
    if (read.rows() == 0 || read.rows() > ResidentWorkbook.MAX_ROWS) {
      throw new InvalidInput(
          read.rows() == 0
              ? new Message(TEXTS, "import.empty")
              : new Message(TEXTS, "import.tooManyRows", ResidentWorkbook.MAX_ROWS));
    }
    job.checking(read.rows());
    long readAt = System.nanoTime();
    List<CheckedRow> rows = read.checked();
    if (!checks.errors().isEmpty()) {
      return refuse(job, rows, checks);
    }
    // No bad row: write at once. Someone already registered is the rare case; the unique ID hash
    // finds them during the write, and only then are they looked up and named (see refuse).
    job.writing();
    String batch = job.id().toString();
    ResidentBulk.Written written;
    try (Connection connection = dataSource.getConnection()) {
      written =
          new ResidentBulk(connection, pii)
              .write(rows, batch, caller.profile().username(), job::written);
    } catch (SQLException e) {
      if (ResidentBulk.registeredTwice(e)) {
        throw new AlreadyRegistered(rows, checks);
      }
      throw new IllegalStateException("Import " + job.id() + " could not be written", e);
    }
    AuditTrail.record(
        "ResidentImport",
        batch,
        AuditAction.CREATE,
        Map.of(
            "file", fileName,
            "residents", String.valueOf(written.residents()),
            "households", String.valueOf(written.households()),
            "buildings", String.valueOf(written.buildings())));
    LOG.info(
        () ->
            String.format(
                "Import %s: %d rows read, checked and hashed in %d ms, written in %d ms",
                batch,
                rows.size(),
                (readAt - started) / 1_000_000,
                (System.nanoTime() - readAt) / 1_000_000));
    return job.done(written.households(), written.residents());
  }

  /**
   * Refuses an import, naming every bad row: those the checks found and those whose person is
   * already registered (looked up here, in a transaction of its own when a write was undone).
   */
  public ImportOutcome refuse(ImportProgress job, List<CheckedRow> rows, RowChecks checks) {
    try (Connection connection = dataSource.getConnection()) {
      refuseRegistered(rows, checks, new ResidentBulk(connection, Pii.protection()));
    } catch (SQLException e) {
      throw new IllegalStateException("Import " + job.id() + " could not be checked", e);
    }
    if (checks.errors().isEmpty()) {
      throw new IllegalStateException(
          "Import " + job.id() + " met a registered ID number that is no longer registered");
    }
    checks.errors().sort((a, b) -> Integer.compare(a.row(), b.row()));
    return job.refused(checks.errors());
  }

  /** The write met someone already registered: undo it, then {@link #refuse} names them. */
  @ApplicationException(rollback = true)
  public static class AlreadyRegistered extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<CheckedRow> rows;
    private final transient RowChecks checks;

    AlreadyRegistered(List<CheckedRow> rows, RowChecks checks) {
      super("An imported ID number is already registered", null, false, false);
      this.rows = rows;
      this.checks = checks;
    }

    public List<CheckedRow> rows() {
      return rows;
    }

    public RowChecks checks() {
      return checks;
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
        if (caller.scope().covers(grid.getDivisionCode())) {
          checks.existing(row, Masking.name(existing.name()), grid.getCode(), grid.getName());
        } else {
          checks.elsewhere(row, people.whomToAsk(grid.getDivisionCode()));
        }
      }
    }
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
