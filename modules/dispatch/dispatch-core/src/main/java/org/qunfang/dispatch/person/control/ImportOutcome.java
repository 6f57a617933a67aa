package org.qunfang.dispatch.person.control;

import java.util.List;
import org.qunfang.dispatch.api.person.PeopleImportJob.RowProblem;

/** What an import came to: its first bad rows and how many in all, or how many it registered. */
public record ImportOutcome(List<RowProblem> errors, int errorCount, int registered) {

  public boolean refused() {
    return errorCount > 0;
  }
}
