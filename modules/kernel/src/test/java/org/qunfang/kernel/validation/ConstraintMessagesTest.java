package org.qunfang.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConstraintMessagesTest {

  record Person(
      @CitizenId String idNumber, @MobilePhone String mobile, @DivisionCodeFormat String area) {}

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void validValuesAndNullsPass() {
    assertThat(violations(new Person("11010519491231002X", "13812345678", "350923100"))).isEmpty();
    assertThat(violations(new Person(null, null, null))).isEmpty();
  }

  @Test
  void eachBadValueIsNamed() {
    Set<ConstraintViolation<Person>> violations =
        violations(new Person("110105194912310021", "12812345678", "3509231"));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("idNumber", "mobile", "area");
  }

  @Test
  void messagesComeInChineseAndEnglish() {
    ConstraintViolation<Person> violation =
        violations(new Person(null, "2", null)).iterator().next();
    var interpolator = new ResourceBundleMessageInterpolator();
    var context = new ViolationContext(violation);
    assertThat(interpolator.interpolate(violation.getMessageTemplate(), context, Locale.CHINA))
        .isEqualTo("不是有效的手机号码（应为以1开头的11位数字）");
    assertThat(interpolator.interpolate(violation.getMessageTemplate(), context, Locale.ENGLISH))
        .isEqualTo("is not a valid mainland mobile number (11 digits starting with 1)");
  }

  private static Set<ConstraintViolation<Person>> violations(Person person) {
    return FACTORY.getValidator().validate(person);
  }
}
