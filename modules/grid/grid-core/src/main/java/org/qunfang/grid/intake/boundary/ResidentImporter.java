package org.qunfang.grid.intake.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.ImportJob;
import org.qunfang.grid.api.ResidentImports;
import org.qunfang.grid.intake.control.ImportBoard;
import org.qunfang.grid.intake.control.ResidentWorkbook;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Starts imports: the file is opened and its headers checked at once (a wrong file is refused
 * before anything starts), then rows are read, checked and written on the managed executor, which
 * carries the caller's identity, so the import reaches exactly the starter's grids.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER
})
public class ResidentImporter implements ResidentImports {

  private static final Logger LOG = Logger.getLogger(ResidentImporter.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject ImportBoard board;

  @Inject ImportRun run;

  @Inject CurrentCaller caller;

  @Override
  public ImportJob start(String fileName, byte[] content, Locale language) {
    ResidentWorkbook workbook = ResidentWorkbook.open(content);
    ImportBoard.Entry job = board.open(caller.profile().username(), fileName, language);
    executor.submit(
        () -> {
          try {
            try {
              run.execute(job, workbook);
            } catch (ImportRun.AlreadyRegistered found) {
              run.refuse(job, found.rows(), found.checks());
            }
          } catch (RuntimeException failed) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Import " + job.id() + " failed, reference " + reference, failed);
            job.failed(new Message(TEXTS, "import.failed", reference));
          }
        });
    return job.view();
  }

  @Override
  public ImportJob status(UUID id) {
    return board
        .find(id, caller.profile().username())
        .orElseThrow(() -> new NotFound(new Message(TEXTS, "import.notFound")))
        .view();
  }

  @Override
  public byte[] template(Locale language) {
    return ResidentWorkbook.template();
  }
}
