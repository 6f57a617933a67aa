package org.qunfang.kernel.audit;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.pii.Personal;

/**
 * Turns EclipseLink's write events into audit entries. EclipseLink, not plain JPA, because only its
 * change sets say which fields an update touched.
 */
final class AuditListener extends DescriptorEventAdapter {

  private static final Set<String> BOOKKEEPING =
      Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");

  private static final ClassValue<Optional<Field>> AREA_FIELDS =
      new ClassValue<>() {
        @Override
        protected Optional<Field> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
              if (field.isAnnotationPresent(AuditArea.class)
                  && field.getType() == String.class
                  && field.trySetAccessible()) {
                return Optional.of(field);
              }
            }
          }
          return Optional.empty();
        }
      };

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

  /**
   * Recorded before the row is written, where EclipseLink still holds both the change set and the
   * row it is about to write: after the write it no longer offers the changes reliably, and no
   * update was ever recorded.
   */
  @Override
  public void aboutToUpdate(DescriptorEvent event) {
    ClassDescriptor descriptor = event.getDescriptor();
    Set<String> attributes = new LinkedHashSet<>();
    ObjectChangeSet changes = (ObjectChangeSet) event.getChangeSet();
    if (changes != null) {
      changes.getChanges().forEach(change -> attributes.add(change.getAttribute()));
    }
    if (event.getRecord() != null) {
      for (DatabaseField field : ((AbstractRecord) event.getRecord()).getFields()) {
        DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForField(field);
        if (mapping != null) {
          attributes.add(mapping.getAttributeName());
        }
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String attribute : attributes) {
      DatabaseMapping mapping = descriptor.getMappingForAttributeName(attribute);
      if (!BOOKKEEPING.contains(attribute) && mapping != null) {
        Object value = mapping.getAttributeValueFromObject(event.getObject());
        values.put(attribute, shown(event.getObject().getClass(), attribute, value));
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
    AuditTrail.recordIn(
        areaOf(event.getObject()),
        event.getDescriptor().getAlias(),
        Objects.toString(id, null),
        action,
        values);
  }

  /** The value of the entity's {@link AuditArea} field, or null (its actor's area). */
  static String areaOf(Object entity) {
    Field field = AREA_FIELDS.get(entity.getClass()).orElse(null);
    try {
      return field == null ? null : (String) field.get(entity);
    } catch (IllegalAccessException unreadable) {
      return null;
    }
  }

  /** The value as the trail may show it: masked when the field is {@link Personal}. */
  static String shown(Class<?> type, String attribute, Object value) {
    if (value == null) {
      return null;
    }
    Personal personal = personalMarker(type, attribute);
    if (personal != null && personal.value() == Personal.Kind.SECRET) {
      return Masking.mask(Personal.Kind.SECRET, ""); // never read: it may be a lazy collection
    }
    if (value instanceof byte[] bytes) {
      return bytes.length + " bytes";
    }
    String text = readable(value);
    return personal == null ? text : Masking.mask(personal.value(), text);
  }

  /**
   * A value as a person reads it: collections item by item, and an object without a {@code
   * toString} of its own (an embeddable, say) by its fields rather than its class and hash.
   */
  static String readable(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(AuditListener::readable).toList().toString();
    }
    if (value instanceof Map<?, ?> entries) {
      Map<String, String> shown = new LinkedHashMap<>();
      entries.forEach((k, v) -> shown.put(String.valueOf(k), readable(v)));
      return shown.toString();
    }
    if (ownToString(value.getClass())) {
      return value.toString();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Field field : value.getClass().getDeclaredFields()) {
      if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())
          && !field.getName().startsWith("_persistence")
          && field.trySetAccessible()) {
        try {
          fields.put(field.getName(), readable(field.get(value)));
        } catch (IllegalAccessException unreadable) {
          fields.put(field.getName(), "?");
        }
      }
    }
    return fields.toString();
  }

  private static boolean ownToString(Class<?> type) {
    try {
      return type.getMethod("toString").getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException impossible) {
      return false;
    }
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
