package org.qunfang.it.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules as the code shows them: {@code org.qunfang.(*)..}. The kernel and the web shell are
 * shared ground; every other first package is a module, guarded the day it appears.
 */
final class Modules {

  static final String ROOT = "org.qunfang.";
  static final String KERNEL = "kernel";
  static final String SHELL = "web";

  private Modules() {}

  /** The module a class belongs to, or null outside Qunfang. */
  static String of(JavaClass type) {
    return of(type.getPackageName());
  }

  static String of(String packageName) {
    if (!packageName.startsWith(ROOT)) {
      return null;
    }
    String rest = packageName.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Whether a class lies in its module's api, the only part other modules may use. */
  static boolean inApi(JavaClass type) {
    String module = of(type);
    return module != null && type.getPackageName().startsWith(ROOT + module + ".api");
  }

  /** Whether a class lies in its module's web slice (pages and resources). */
  static boolean inWeb(JavaClass type) {
    String module = of(type);
    return module != null && type.getPackageName().startsWith(ROOT + module + ".web");
  }

  /** The business modules found among the classes. */
  static Set<String> business(JavaClasses classes) {
    Set<String> modules = new TreeSet<>();
    for (JavaClass type : classes) {
      String module = of(type);
      if (module != null && !module.equals(KERNEL) && !module.equals(SHELL)) {
        modules.add(module);
      }
    }
    return modules;
  }
}
