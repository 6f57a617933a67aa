/** 卡点: checkpoints at village, community, road and compound gates, and their passage log. */
package org.qunfang.grid.api.checkpoint;
