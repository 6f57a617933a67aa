package org.qunfang.care.api.report;

import java.util.UUID;

/** What care's report kinds read, through the module's own boundary. */
public interface CareReporting {

  /** The observation a notice is about, within the caller's reach. */
  NoticeSubject notice(UUID observationId);
}
