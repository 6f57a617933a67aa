/**
 * The grid's to-dos for the workbench: counts over indexed columns, read every half minute while
 * someone has the workbench open, so nothing here loads a record.
 */
package org.qunfang.grid.todo;
