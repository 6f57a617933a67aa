/**
 * The kinds of formal report and the data each is built from. A kind reads other modules through
 * their apis, always as the requesting user, so a report never shows more than its reader may see.
 */
package org.qunfang.reports.kinds;
