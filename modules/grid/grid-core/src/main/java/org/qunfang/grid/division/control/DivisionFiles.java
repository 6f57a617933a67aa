package org.qunfang.grid.division.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.area.DivisionLevel;

/**
 * Reads the NBS division files shipped under {@code /divisions} (gzipped CSV, one file per level)
 * and keeps the home area, its ancestors (for their names) and everything below it.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DivisionFiles {

  private static final Map<DivisionLevel, String> FILES =
      Map.of(
          DivisionLevel.PROVINCE, "provinces.csv.gz",
          DivisionLevel.PREFECTURE, "cities.csv.gz",
          DivisionLevel.COUNTY, "areas.csv.gz",
          DivisionLevel.TOWNSHIP, "streets.csv.gz",
          DivisionLevel.VILLAGE, "villages.csv.gz");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

  /** Code → name for the area, its ancestors and its descendants, in code order per level. */
  public Map<DivisionCode, String> read(DivisionCode area) {
    Map<DivisionCode, String> names = new LinkedHashMap<>();
    for (DivisionLevel level : DivisionLevel.values()) {
      boolean ancestorOrSelf = level.codeLength() <= area.value().length();
      String wanted = ancestorOrSelf ? area.value().substring(0, level.codeLength()) : area.value();
      readLevel(level, wanted, ancestorOrSelf, names);
    }
    return names;
  }

  private void readLevel(
      DivisionLevel level, String wanted, boolean exact, Map<DivisionCode, String> names) {
    String file = "/divisions/" + FILES.get(level);
    try (InputStream raw = DivisionFiles.class.getResourceAsStream(file)) {
      if (raw == null) {
        throw new IllegalStateException("Division file missing from the application: " + file);
      }
      try (Reader reader =
          new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
        for (CSVRecord row : FORMAT.parse(reader)) {
          String code = row.get("code");
          if (exact ? code.equals(wanted) : code.startsWith(wanted)) {
            names.put(DivisionCode.of(code), row.get("name").strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
