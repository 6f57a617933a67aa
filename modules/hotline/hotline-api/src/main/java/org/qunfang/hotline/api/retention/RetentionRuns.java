package org.qunfang.hotline.api.retention;

/** Anonymising hotline records past their retention period; it also runs nightly by itself. */
public interface RetentionRuns {

  RetentionRun runNow();
}
