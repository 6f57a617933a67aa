/**
 * The daily figures (NHC template: 累计追踪, 当日解除, 尚在观察 …) per community, rolled up to the level below
 * the asked area. Nine grouped counts, whatever the area's size.
 */
package org.qunfang.care.figures;
