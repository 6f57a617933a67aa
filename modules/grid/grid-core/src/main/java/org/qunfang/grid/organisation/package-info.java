/**
 * Grids and the people on them. A big grid lies in a township, a small grid in one community of its
 * big grid's township; codes are the division code and a sequence (CJ/T 349-2010). Staff come and
 * go by assignments that end rather than change, so who was on a grid when stays known.
 */
package org.qunfang.grid.organisation;
