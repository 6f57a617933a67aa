/**
 * Checks and tests of the observed. A check fills the slot whose window holds its time, or stands
 * as an extra check; what it found decides whether an alert is raised. Rounds show whether a check
 * was done, never its reading, so walking one is no full view.
 */
package org.qunfang.care.check;
