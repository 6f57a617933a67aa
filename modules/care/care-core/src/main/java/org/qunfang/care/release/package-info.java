/**
 * Release from observation. The rule reads three grouped counts (open alerts, unsettled tests,
 * closed slots not yet found missed) so the due list of a whole township costs the same few queries
 * as one person; the notice is issued in the release's own transaction.
 */
package org.qunfang.care.release;
