package org.qunfang.kernel.job;

import java.util.UUID;

/** What a running job tells the board; the board writes it down at most about once a second. */
public interface JobProgress {

  UUID jobId();

  /** A step of the module's own ({@code CHECKING}); the count starts again at zero. */
  void phase(String phase);

  void total(int units);

  void done(int units);
}
