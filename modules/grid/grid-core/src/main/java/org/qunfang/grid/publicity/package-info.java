/** 宣传: communities' publicity activities and their counts. */
package org.qunfang.grid.publicity;
