/**
 * Temporary party committees and branches. Members join and leave by date; nothing is deleted. A
 * branch needs three full members, and holds no dues, recruitment or discipline.
 */
package org.qunfang.dispatch.party;
