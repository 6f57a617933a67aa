package org.qunfang.it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module rules see every folder under modules/: each folder's main classes are among those
 * ArchUnit analyses (so a new module must be on this module's class path) and lie in a package the
 * rules know how to place ({@code org.qunfang.<module>}).
 */
class EveryFolderGuardedTest {

  private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyModuleFolderIsUnderTheRules() throws IOException {
    JavaClasses analysed =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qunfang");
    List<String> unguarded = new ArrayList<>();
    List<Path> folders = codeFolders();
    assertThat(folders).as("code folders under " + MODULES).hasSizeGreaterThan(8);
    for (Path sources : folders) {
      List<String> types = typesIn(sources);
      boolean seen = types.stream().anyMatch(analysed::contain);
      boolean placed = types.stream().allMatch(t -> Modules.of(packageOf(t)) != null);
      if (!seen || !placed) {
        unguarded.add(
            MODULES.relativize(sources) + (placed ? " (not analysed)" : " (outside org.qunfang)"));
      }
    }
    assertThat(unguarded).as("folders the module rules do not see").isEmpty();
  }

  /** Every src/main/java under modules/, however deep its module sits. */
  private static List<Path> codeFolders() throws IOException {
    try (Stream<Path> paths = Files.walk(MODULES, 6)) {
      return paths
          .filter(p -> p.endsWith(Path.of("src", "main", "java")))
          .filter(p -> !p.toString().contains("/target/"))
          .sorted()
          .toList();
    }
  }

  private static List<String> typesIn(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .map(f -> sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
          .toList();
    }
  }

  private static String packageOf(String type) {
    return type.substring(0, type.lastIndexOf('.'));
  }
}
