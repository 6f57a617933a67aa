/** 卡点: checkpoints of small grids and the passage log kept at their gates. */
package org.qunfang.grid.checkpoint;
