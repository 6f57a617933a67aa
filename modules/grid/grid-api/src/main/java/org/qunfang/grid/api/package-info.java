/**
 * What other modules may know of grid organisation: for now the division tree every grid, user and
 * report hangs on, and the fact that the home area has been imported.
 */
package org.qunfang.grid.api;
