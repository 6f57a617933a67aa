package org.qunfang.kernel.audit;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.pii.Personal;

/**
 * Turns EclipseLink's write events into audit entries. EclipseLink, not plain JPA, because only its
 * change sets say which fields an update touched.
 */
final class AuditListener extends DescriptorEventAdapter {

  private static final Set<String> BOOKKEEPING =
      Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");

  @Override
  public void postInsert(DescriptorEvent event) {
    Map<String, String> values = new LinkedHashMap<>();
    ClassDescriptor descriptor = event.getDescriptor();
    for (DatabaseMapping mapping : descriptor.getMappings()) {
      String attribute = mapping.getAttributeName();
      if (!BOOKKEEPING.contains(attribute) && !mapping.isPrimaryKeyMapping()) {
        Object value = mapping.getAttributeValueFromObject(event.getObject());
        values.put(attribute, shown(event.getObject().getClass(), attribute, value));
      }
    }
    record(event, AuditAction.CREATE, values);
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    ObjectChangeSet changes = (ObjectChangeSet) event.getChangeSet();
    Map<String, String> values = new LinkedHashMap<>();
    if (changes != null) {
      for (ChangeRecord change : changes.getChanges()) {
        String attribute = change.getAttribute();
        if (!BOOKKEEPING.contains(attribute)) {
          Object value =
              change instanceof DirectToFieldChangeRecord direct
                  ? direct.getNewValue()
                  : event
                      .getDescriptor()
                      .getMappingForAttributeName(attribute)
                      .getAttributeValueFromObject(event.getObject());
          values.put(attribute, shown(event.getObject().getClass(), attribute, value));
        }
      }
    }
    if (!values.isEmpty()) {
      record(event, AuditAction.UPDATE, values);
    }
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    record(event, AuditAction.DELETE, Map.of());
  }

  private static void record(
      DescriptorEvent event, AuditAction action, Map<String, String> values) {
    Object id =
        event
            .getDescriptor()
            .getObjectBuilder()
            .extractPrimaryKeyFromObject(event.getObject(), event.getSession());
    AuditTrail.record(event.getDescriptor().getAlias(), Objects.toString(id, null), action, values);
  }

  /** The value as the trail may show it: masked when the field is {@link Personal}. */
  static String shown(Class<?> type, String attribute, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return bytes.length + " bytes";
    }
    Personal personal = personalMarker(type, attribute);
    String text = value.toString();
    return personal == null ? text : Masking.mask(personal.value(), text);
  }

  private static Personal personalMarker(Class<?> type, String attribute) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(attribute);
        return field.getAnnotation(Personal.class);
      } catch (NoSuchFieldException notHere) {
        // declared higher up
      }
    }
    return null;
  }
}
