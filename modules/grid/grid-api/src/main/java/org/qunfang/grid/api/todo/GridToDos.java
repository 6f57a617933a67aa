package org.qunfang.grid.api.todo;

/** What waits for the field staff of an area, for the workbench. */
public interface GridToDos {

  /** The counts of the caller's area now. */
  GridWaiting waiting();
}
