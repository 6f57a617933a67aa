/** Observation types: the reference list of periods, test days, check windows and symptoms. */
package org.qunfang.care.api.type;
