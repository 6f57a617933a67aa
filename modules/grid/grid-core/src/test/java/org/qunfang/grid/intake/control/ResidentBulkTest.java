package org.qunfang.grid.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ResidentBulkTest {

  private static final SQLException TWICE =
      new SQLException(
          "ERROR: duplicate key value violates unique constraint \"resident_id_unique\"", "23505");

  @Test
  void aRegisteredPersonIsRecognisedHoweverTheDriverWrapsIt() {
    assertThat(ResidentBulk.registeredTwice(TWICE)).isTrue();
    // COPY: the driver's error inside an I/O one inside ours.
    assertThat(ResidentBulk.registeredTwice(new SQLException(new IOException(TWICE)))).isTrue();
    // JDBC batches (H2): the cause comes as the next exception.
    BatchUpdateException batch = new BatchUpdateException("batch failed", "23505", new int[0]);
    batch.setNextException(
        new SQLException("Unique index violation: PUBLIC.RESIDENT_ID_UNIQUE", "23505"));
    assertThat(ResidentBulk.registeredTwice(batch)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(
            ResidentBulk.registeredTwice(
                new SQLException("violates unique constraint \"building_name_unique\"", "23505")))
        .isFalse();
    assertThat(
            ResidentBulk.registeredTwice(
                new SQLException("resident_id_unique: connection reset", "08006")))
        .isFalse();
    assertThat(ResidentBulk.registeredTwice(new SQLException(new IOException("gone")))).isFalse();
  }
}
