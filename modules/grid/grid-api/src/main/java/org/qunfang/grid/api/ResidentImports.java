package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.UUID;

/**
 * Households and residents from the workbook grid members fill in (one row per person, Chinese
 * headers). Every bad row is reported with row, column and reason, and a workbook with any bad row
 * imports nothing. Imports run in the background; {@link #status} tells how far they have got.
 */
public interface ResidentImports {

  /**
   * Checks that the file is a workbook with every column, then starts the import. Row errors are
   * written in {@code language}.
   */
  ImportJob start(@NotBlank String fileName, @NotNull byte[] workbook, @NotNull Locale language);

  ImportJob status(@NotNull UUID id);

  /** The empty workbook to fill in, with a sheet explaining each column. */
  byte[] template(@NotNull Locale language);
}
