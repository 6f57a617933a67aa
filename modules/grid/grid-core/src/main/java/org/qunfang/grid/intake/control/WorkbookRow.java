package org.qunfang.grid.intake.control;

/**
 * One data row as text, by {@link ResidentColumn}; {@code number} is the row number Excel shows.
 * {@code idAsNumber} marks an ID number Excel stored as a number (and so rounded).
 */
public record WorkbookRow(int number, String[] values, boolean idAsNumber) {

  public String get(ResidentColumn column) {
    return values[column.ordinal()];
  }

  public boolean blank() {
    for (String value : values) {
      if (!value.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
