/** WeChat groups of small grids and the share of households they reach. */
package org.qunfang.grid.wechat;
