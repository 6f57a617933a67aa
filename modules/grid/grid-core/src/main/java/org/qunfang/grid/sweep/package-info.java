/** 扫楼行动: sweep campaigns, a visit record per household, and progress rolled up the area. */
package org.qunfang.grid.sweep;
