/** WeChat groups of small grids and how many households they reach. */
package org.qunfang.grid.api.wechat;
