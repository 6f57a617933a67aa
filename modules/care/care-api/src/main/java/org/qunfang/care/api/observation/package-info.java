/** Placing residents under observation, the period and its changes, and the events grid hears. */
package org.qunfang.care.api.observation;
