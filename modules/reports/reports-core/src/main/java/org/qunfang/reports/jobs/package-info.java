/**
 * Reports generated in the background on the job board, so no request waits on a long roster;
 * progress is the number of rows filled. An issued report is archived or not at all; a job cut off
 * by a restart reads as interrupted and took no number.
 */
package org.qunfang.reports.jobs;
