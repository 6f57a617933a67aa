/** 扫楼行动: sweep campaigns over an area, a visit record per household, and live progress. */
package org.qunfang.grid.api.sweep;
