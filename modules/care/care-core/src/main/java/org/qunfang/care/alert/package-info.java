/**
 * Alerts: raised by a check or test as it is recorded, or by the watch when a slot's window closes
 * with nothing recorded; closed by what the team or the community officer did. A transfer or a loss
 * ends the observation and closes its other alerts with it.
 */
package org.qunfang.care.alert;
