/**
 * Division codes and area scope. Everything in Qunfang hangs on a division, and a user's reach is
 * the subtree under their home division: a prefix match on codes, cheap in SQL and in memory.
 */
package org.qunfang.kernel.area;
