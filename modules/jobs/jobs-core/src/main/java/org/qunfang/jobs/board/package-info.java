/**
 * The job board behind the kernel's {@code JobBoard}: a row per job, written in transactions of its
 * own so that progress is visible while the work's own transaction is still open. Each node keeps a
 * heartbeat on the jobs it runs; a job whose node stopped reads as interrupted.
 */
package org.qunfang.jobs.board;
