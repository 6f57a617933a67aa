package org.qunfang.grid.intake.boundary;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.ImportJob;
import org.qunfang.grid.api.ResidentImports;
import org.qunfang.grid.intake.control.ImportOutcome;
import org.qunfang.grid.intake.control.ImportProgress;
import org.qunfang.grid.intake.control.ResidentWorkbook;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.job.JobBoard;
import org.qunfang.kernel.job.JobProgress;
import org.qunfang.kernel.job.JobStatus;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Starts imports: the file is opened and its headers checked at once (a wrong file is refused
 * before anything starts), then rows are read, checked and written on the job board, as the caller,
 * so the import reaches exactly the starter's grids.
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

  static final String KIND = "resident-import";

  @Inject JobBoard board;

  @Inject ImportRun run;

  @Override
  public ImportJob start(String fileName, byte[] content, Locale language) {
    ResidentWorkbook workbook = ResidentWorkbook.open(content);
    JobStatus job =
        board.start(
            KIND,
            fileName,
            language,
            progress -> importing(fileName, workbook, progress, language));
    return view(job, null);
  }

  private ImportOutcome importing(
      String fileName, ResidentWorkbook workbook, JobProgress progress, Locale language) {
    ImportProgress job = new ImportProgress(progress, language);
    try {
      return run.execute(job, fileName, workbook);
    } catch (ImportRun.AlreadyRegistered found) {
      return run.refuse(job, found.rows(), found.checks());
    }
  }

  @Override
  public ImportJob status(UUID id) {
    JobStatus job =
        board.find(id, KIND).orElseThrow(() -> new NotFound(new Message(TEXTS, "import.notFound")));
    return view(job, board.result(id, KIND, ImportOutcome.class).orElse(null));
  }

  @Override
  public byte[] template(Locale language) {
    return ResidentWorkbook.template();
  }

  private static ImportJob view(JobStatus job, ImportOutcome outcome) {
    ImportJob.State state = state(job, outcome);
    List<ImportJob.RowError> errors =
        outcome != null
            ? outcome.errors()
            : job.failure() == null
                ? List.of()
                : List.of(new ImportJob.RowError(0, "", job.failure()));
    return new ImportJob(
        job.id(),
        job.subject(),
        state,
        job.done(),
        job.total(),
        errors,
        outcome != null ? outcome.errorCount() : errors.size(),
        outcome != null ? outcome.households() : 0,
        outcome != null ? outcome.residents() : 0,
        job.millis());
  }

  private static ImportJob.State state(JobStatus job, ImportOutcome outcome) {
    return switch (job.state()) {
      case QUEUED -> ImportJob.State.READING;
      case RUNNING ->
          job.phase() == null ? ImportJob.State.READING : ImportJob.State.valueOf(job.phase());
      case DONE ->
          outcome != null && outcome.refused() ? ImportJob.State.REFUSED : ImportJob.State.DONE;
      case FAILED -> ImportJob.State.FAILED;
      case INTERRUPTED -> ImportJob.State.INTERRUPTED;
    };
  }
}
