/**
 * The one job board: long work (an import, a report) runs in the background as its starter, and its
 * state lives in the database, so any server node answers a poll truthfully and a job cut off by a
 * restart reads as interrupted rather than vanishing. The jobs module implements it.
 */
package org.qunfang.kernel.job;
