/**
 * Reports generated in the background on the server's managed executor, so no request waits on a
 * long roster; progress is the number of rows filled. Jobs live in memory: a restart forgets the
 * unfinished ones, and an issued report is archived or not at all.
 */
package org.qunfang.reports.jobs;
