package org.qunfang.reports.archive.control;

import org.qunfang.kernel.problem.Problem;

/** The archived bytes no longer match their SHA-256: withheld, never served altered. */
public class ArchiveCorrupt extends Problem {

  public ArchiveCorrupt(String documentNumber) {
    super(ReportTexts.of("report.corrupt", documentNumber), null);
  }

  @Override
  public int status() {
    return 500;
  }
}
