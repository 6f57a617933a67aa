package org.qunfang.dispatch.api.person;

import java.util.Locale;
import java.util.UUID;

/**
 * Lists of people that units send in as workbooks: every row checked before anything is written,
 * and either all of them registered or none, on the job board.
 */
public interface PeopleImports {

  /** The workbook to fill in, one person a row, its headers in Chinese. */
  byte[] template();

  /** Checks the file's headers now, then checks and writes its rows in the background. */
  PeopleImportJob start(String fileName, byte[] workbook, Locale language);

  PeopleImportJob status(UUID id);
}
