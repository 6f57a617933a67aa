package org.qunfang.dispatch.person.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.person.NewPerson;
import org.qunfang.dispatch.api.person.PeopleImportJob;
import org.qunfang.dispatch.api.person.PeopleImportJob.RowProblem;
import org.qunfang.dispatch.api.person.PeopleImports;
import org.qunfang.dispatch.person.control.ImportOutcome;
import org.qunfang.dispatch.person.control.PeopleWorkbook;
import org.qunfang.dispatch.person.control.PeopleWorkbook.Line;
import org.qunfang.dispatch.person.control.PersonRows.Checked;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.job.JobBoard;
import org.qunfang.kernel.job.JobProgress;
import org.qunfang.kernel.job.JobStatus;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/**
 * Starts imports of people: the file is read and its headers checked at once, then every row is
 * checked on the job board as the starter, and only a file without a bad row is written — all of
 * it, in one transaction.
 */
@Stateless
@AuditRefusals
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class PeopleImporter implements PeopleImports {

  static final String KIND = "people-import";

  @Inject JobBoard board;

  @Inject PeopleImportRun run;

  @Override
  public byte[] template() {
    return PeopleWorkbook.template();
  }

  @Override
  public PeopleImportJob start(String fileName, byte[] workbook, Locale language) {
    List<Line> lines = PeopleWorkbook.read(workbook);
    JobStatus job =
        board.start(KIND, fileName, language, progress -> importing(lines, progress, language));
    return view(job, null);
  }

  private ImportOutcome importing(List<Line> lines, JobProgress progress, Locale language) {
    progress.phase("CHECKING");
    progress.total(lines.size());
    List<Checked> checked = run.check(lines, language);
    progress.done(lines.size());
    ImportOutcome refused = PeopleImportRun.outcome(checked);
    if (refused.refused()) {
      return refused;
    }
    progress.phase("WRITING");
    try {
      List<NewPerson> people = checked.stream().map(Checked::person).toList();
      return new ImportOutcome(List.of(), 0, run.write(people));
    } catch (EJBException raced) {
      return new ImportOutcome(
          List.of(new RowProblem(0, "", new Message(TEXTS, "import.raced").in(language))), 1, 0);
    }
  }

  @Override
  public PeopleImportJob status(UUID id) {
    JobStatus job =
        board.find(id, KIND).orElseThrow(() -> new NotFound(new Message(TEXTS, "import.notFound")));
    return view(job, board.result(id, KIND, ImportOutcome.class).orElse(null));
  }

  private static PeopleImportJob view(JobStatus job, ImportOutcome outcome) {
    String state =
        outcome == null ? job.state().name() : outcome.refused() ? "REFUSED" : job.state().name();
    return new PeopleImportJob(
        job.id(),
        job.subject(),
        state,
        job.done(),
        job.total(),
        outcome == null ? List.of() : outcome.errors(),
        outcome == null ? 0 : outcome.errorCount(),
        outcome == null ? 0 : outcome.registered(),
        job.millis());
  }
}
