/** 摸排: arrivals registered and followed up, and phone lists worked through number by number. */
package org.qunfang.grid.screening;
