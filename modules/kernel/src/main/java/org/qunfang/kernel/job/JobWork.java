package org.qunfang.kernel.job;

/**
 * The work of one job. Its result is kept (as JSON) until the job expires; a problem it throws is
 * the job's failure, told to the starter in their language, and anything else a server error.
 */
@FunctionalInterface
public interface JobWork<R> {

  R run(JobProgress progress);
}
