/** 宣传: publicity activities of communities and what they counted. */
package org.qunfang.grid.api.publicity;
