package org.qunfang.grid.intake.control;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.qunfang.kernel.validation.CitizenIds;

/**
 * The floor an import is measured against: a streaming read of the same workbook, ID validation,
 * and a PostgreSQL COPY of the rows as they are — no checks against grids, no encryption, no
 * duplicate look-ups. Prints the milliseconds it took.
 *
 * <p>Usage: ImportFloor file.xlsx jdbcUrl user
 */
public final class ImportFloor {

  public static void main(String[] args) throws Exception {
    try (Connection db = DriverManager.getConnection(args[1], args[2], "")) {
      db.setAutoCommit(false);
      try (Statement ddl = db.createStatement()) {
        ddl.execute("drop table if exists floor_rows");
        ddl.execute(
            "create table floor_rows (grid varchar(16), address varchar(200), room varchar(30),"
                + " building varchar(60), name varchar(30), id_number varchar(18),"
                + " phone varchar(11), sex varchar(2), birth varchar(10), relation varchar(8),"
                + " residence varchar(8), tags varchar(200))");
      }
      db.commit();
      long start = System.nanoTime();
      int invalid = 0;
      PGCopyOutputStream copy =
          new PGCopyOutputStream(
              db.unwrap(PGConnection.class),
              "copy floor_rows from stdin with (format csv)",
              1 << 16);
      try (ReadableWorkbook workbook = new ReadableWorkbook(Path.of(args[0]).toFile());
          Stream<Row> rows = workbook.getFirstSheet().openStream();
          Writer writer = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV)) {
        for (Row row : (Iterable<Row>) rows.skip(1)::iterator) {
          if (!CitizenIds.isValid(row.getCellText(5))) {
            invalid++;
          }
          for (int c = 0; c < 12; c++) {
            csv.print(row.getCellText(c));
          }
          csv.println();
        }
      }
      db.commit();
      long millis = (System.nanoTime() - start) / 1_000_000;
      try (Statement drop = db.createStatement()) {
        drop.execute("drop table floor_rows");
      }
      db.commit();
      System.out.println(millis + (invalid > 0 ? " (" + invalid + " invalid IDs!)" : ""));
    }
  }
}
