/** The grid's part of the workbench (工作台): counts of what waits, within the caller's area. */
package org.qunfang.grid.api.todo;
