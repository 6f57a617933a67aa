/** Buildings, households and residents of small grids; special-population tags. */
package org.qunfang.grid.household;
