/**
 * Care's formal reports: the individual 告知书 and 解除通知单 (facts only, never a reading) and the daily
 * report of figures. They plug into the report service, which numbers and archives them.
 */
package org.qunfang.care.report;
