/**
 * The care counts of the dashboard: observed, period over, open alerts, help in hand and overdue.
 */
package org.qunfang.care.dashboard;
