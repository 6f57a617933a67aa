package org.qunfang.grid.intake.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.qunfang.kernel.entity.Ids;
import org.qunfang.kernel.pii.PiiProtection;

/**
 * The database side of an import, in plain JDBC on the transaction's connection: who is already
 * registered, and the all-or-nothing write of buildings, households, residents and their tags. A
 * per-row JPA persist would take minutes for a township's workbook; this takes seconds.
 */
public final class ResidentBulk {

  /** Hashes asked for at once: one array parameter, so one round trip per chunk. */
  private static final int CHUNK = 10_000;

  private final Connection connection;
  private final PiiProtection pii;

  public ResidentBulk(Connection connection, PiiProtection pii) {
    this.connection = connection;
    this.pii = pii;
  }

  /** Someone already registered: their name and grid. */
  public record Registered(String name, UUID gridId) {}

  /** The registered people among these ID hashes. */
  public Map<String, Registered> registered(Collection<String> idHashes) throws SQLException {
    Map<String, Registered> found = new HashMap<>();
    List<String> all = new ArrayList<>(idHashes);
    try (PreparedStatement query =
        connection.prepareStatement(
            // A join, not "= any (?)": with stale statistics PostgreSQL may scan the table and
            // compare each row with each of the ten thousand hashes.
            "select r.id_hash, r.person_name, r.grid_id from unnest(?) as h (hash)"
                + " join grid.resident r on r.id_hash = h.hash")) {
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
        Array hashes = connection.createArrayOf("varchar", chunk.toArray());
        query.setArray(1, hashes);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            found.put(
                rows.getString(1),
                new Registered(rows.getString(2), rows.getObject(3, UUID.class)));
          }
        }
      }
    }
    return found;
  }

  /**
   * Whether a write failed because someone in it is already registered (the unique ID hash). COPY
   * wraps the database's error in an I/O one, and JDBC batches chain it as the next exception.
   */
  public static boolean registeredTwice(Throwable failure) {
    for (Throwable t = failure; t != null; ) {
      if (t instanceof SQLException sql
          && "23505".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage())
              .toLowerCase(Locale.ROOT)
              .contains("resident_id_unique")) {
        return true;
      }
      t =
          t.getCause() == null && t instanceof SQLException sql
              ? sql.getNextException()
              : t.getCause();
    }
    return false;
  }

  /** What a write made. */
  public record Written(int households, int residents, int buildings) {}

  /**
   * Writes the rows: missing buildings, then new households (rows sharing grid, address and room
   * join one, or an existing one of the same grid, address and room), then residents and tags.
   */
  public Written write(List<CheckedRow> rows, String batch, String actor, IntConsumer progress)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    List<UUID> grids = rows.stream().map(r -> r.grid().id()).distinct().toList();
    Map<String, UUID> buildings = existing("select grid_id, name, id from grid.building", grids);
    Map<String, UUID> households =
        existing("select grid_id, address, room, id from grid.household", grids);

    int newBuildings = 0;
    try (TableWriter out =
        TableWriter.open(
            connection, "grid.building", TableWriter.audited("grid_id", "name", "address"))) {
      for (CheckedRow row : rows) {
        String key = row.grid().id() + "\u0000" + row.building();
        if (!row.building().isEmpty() && !buildings.containsKey(key)) {
          UUID id = Ids.next();
          buildings.put(key, id);
          out.add(TableWriter.stamped(id, actor, now, row.grid().id(), row.building(), null));
          newBuildings++;
        }
      }
    }

    Map<String, UUID> householdOf = new LinkedHashMap<>();
    int newHouseholds = 0;
    try (TableWriter out =
        TableWriter.open(
            connection,
            "grid.household",
            TableWriter.audited(
                "grid_id", "division_code", "building_id", "address", "room", "import_batch"))) {
      for (CheckedRow row : rows) {
        String key = row.householdKey();
        if (householdOf.containsKey(key)) {
          continue;
        }
        UUID id = households.get(key);
        if (id == null) {
          id = Ids.next();
          UUID building =
              row.building().isEmpty()
                  ? null
                  : buildings.get(row.grid().id() + "\u0000" + row.building());
          out.add(
              TableWriter.stamped(
                  id,
                  actor,
                  now,
                  row.grid().id(),
                  row.grid().divisionCode(),
                  building,
                  row.address(),
                  row.room().isEmpty() ? null : row.room(),
                  batch));
          newHouseholds++;
        }
        householdOf.put(key, id);
      }
    }

    List<UUID> ids = new ArrayList<>(rows.size());
    try (TableWriter out =
        TableWriter.open(
            connection,
            "grid.resident",
            TableWriter.audited(
                "household_id",
                "grid_id",
                "division_code",
                "person_name",
                "id_number",
                "id_hash",
                "phone",
                "phone_hash",
                "sex",
                "birth_date",
                "relation",
                "residence_type",
                "import_batch"))) {
      // Encrypting here, row by row, keeps this core busy while the database's core indexes the
      // rows already sent: the encryption costs no time of its own.
      for (CheckedRow row : rows) {
        UUID id = Ids.next();
        out.add(
            TableWriter.stamped(
                id,
                actor,
                now,
                householdOf.get(row.householdKey()),
                row.grid().id(),
                row.grid().divisionCode(),
                row.name(),
                pii.encrypt(row.idNumber()),
                row.idHash(),
                pii.encrypt(row.phone()),
                pii.lookupHash(row.phone()),
                row.sex().name(),
                row.birthDate(),
                row.relation().name(),
                row.residenceType().name(),
                batch));
        ids.add(id);
        if (ids.size() % 1000 == 0) {
          progress.accept(ids.size());
        }
      }
    }
    try (TableWriter out =
        TableWriter.open(connection, "grid.resident_tag", "resident_id", "tag_code")) {
      for (int i = 0; i < rows.size(); i++) {
        for (String tag : rows.get(i).tags()) {
          out.add(ids.get(i), tag);
        }
      }
    }
    progress.accept(rows.size());
    return new Written(newHouseholds, rows.size(), newBuildings);
  }

  /** Ids by key: the first column (a grid id) and the middle ones joined by NUL; id last. */
  private Map<String, UUID> existing(String select, List<UUID> grids) throws SQLException {
    Map<String, UUID> found = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(select + " where grid_id = any (?)")) {
      query.setArray(1, connection.createArrayOf("uuid", grids.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        int last = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          StringBuilder key = new StringBuilder(rows.getObject(1, UUID.class).toString());
          for (int i = 2; i < last; i++) {
            String part = rows.getString(i);
            key.append('\u0000').append(part == null ? "" : part);
          }
          found.put(key.toString(), rows.getObject(last, UUID.class));
        }
      }
    }
    return found;
  }
}
