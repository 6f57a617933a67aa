package org.qunfang.access.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.access.api.FieldChange;

class AuditChangesTest {

  private static final String CREATED =
      "{\"name\":\"张*\",\"phone\":\"138****1111\",\"address\":\"棠口村1号\",\"note\":null}";

  @Test
  void beforeIsTheLatestEarlierValueOfEachField() {
    List<FieldChange> fields =
        AuditChanges.compare(
            List.of(CREATED, "{\"address\":\"棠口村2号\"}"),
            "{\"address\":\"棠口村3号\",\"note\":\"搬家\",\"sex\":\"FEMALE\"}");
    assertThat(fields)
        .containsExactly(
            new FieldChange("address", "棠口村2号", "棠口村3号"),
            new FieldChange("note", null, "搬家"),
            new FieldChange("sex", null, "FEMALE"));
  }

  @Test
  void aCreationHasNothingBefore() {
    assertThat(AuditChanges.compare(List.of(), CREATED))
        .extracting(FieldChange::before)
        .containsOnlyNulls();
  }

  @Test
  void numbersAndFlagsAreShownAsWritten() {
    assertThat(AuditChanges.read("{\"temperature\":38.2,\"flagged\":true}"))
        .containsEntry("temperature", "38.2")
        .containsEntry("flagged", "true");
  }

  @Test
  void aRecordIsNamedByItsNameTitleOrCode() {
    assertThat(AuditChanges.name(CREATED)).contains("张*");
    assertThat(AuditChanges.name("{\"code\":\"350923104201001\"}")).contains("350923104201001");
    assertThat(AuditChanges.name("{\"attempt\":\"read\"}")).isEmpty();
    assertThat(AuditChanges.name(null)).isEmpty();
  }

  @Test
  void changesThatAreNotAnObjectAreShownWhole() {
    assertThat(AuditChanges.read("not json")).containsEntry("", "not json");
  }
}
