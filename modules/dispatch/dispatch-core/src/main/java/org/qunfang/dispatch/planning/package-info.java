/**
 * The hard rules of a roster and the Timefold model that fills one, free of persistence: the roster
 * component builds plans from its records and writes the answers back.
 */
package org.qunfang.dispatch.planning;
