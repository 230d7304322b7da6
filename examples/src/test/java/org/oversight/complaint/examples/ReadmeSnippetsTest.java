package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the repository README and examples/README.md honest: every {@code ```java} block in them must be code that some test
 * of the repository compiles and runs, between a {@code // readme: <name>} and a {@code // readme: end}
 * marker. Layout, imports and comments may differ; the code itself may not.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern MARKED = Pattern.compile("// readme: (?!end)[^\\n]*\\n(.*?)// readme: end",
      Pattern.DOTALL);

  @Test
  void every_java_snippet_of_the_readme_is_compiled_and_run_by_a_test() throws IOException {
    assertSnippetsTested("README.md", 10);
  }

  @Test
  void every_java_snippet_of_the_examples_readme_is_compiled_and_run_by_a_test() throws IOException {
    assertSnippetsTested("examples/README.md", 1);
  }

  private static void assertSnippetsTested(String file, int atLeast) throws IOException {
    String readme = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    List<String> snippets = matches(JAVA_BLOCK, readme);
    List<String> tested = testSources().flatMap(text -> matches(MARKED, text).stream()).map(ReadmeSnippetsTest::code)
        .collect(Collectors.toList());

    assertThat(snippets).as("java blocks in " + file).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(tested).as("readme-marked blocks in test sources").isNotEmpty();
    List<String> untested = snippets.stream()
        .filter(snippet -> tested.stream().noneMatch(t -> t.contains(code(snippet))))
        .collect(Collectors.toList());
    assertThat(untested).as(file + " snippets that no test compiles between readme: markers").isEmpty();
  }

  @Test
  void the_normal_form_ignores_layout_imports_and_comments_but_not_code() {
    String tested = code("int a = 1;   // one\nint b =\n    a + 1;\n");
    assertThat(tested).contains(code("import java.util.List;\n\nint a = 1;\n// a comment\nint b = a + 1;"));
    assertThat(tested).doesNotContain(code("int b = a + 2;"));
    assertThat(code("String s = \"http://x\"; // c")).isEqualTo("Strings=\"http://x\";");
  }

  /** The code of a snippet: no imports, no comments, no whitespace. */
  static String code(String snippet) {
    return snippet.lines()
        .map(String::strip)
        .filter(line -> !line.startsWith("import ") && !line.startsWith("//"))
        .map(ReadmeSnippetsTest::withoutTrailingComment)
        .collect(Collectors.joining())
        .replaceAll("\\s+", "");
  }

  private static String withoutTrailingComment(String line) {
    boolean inString = false;
    for (int i = 0; i < line.length() - 1; i++) {
      char ch = line.charAt(i);
      if (ch == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && ch == '/' && line.charAt(i + 1) == '/') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Stream<String> testSources() throws IOException {
    try (Stream<Path> modules = Files.list(ROOT)) {
      List<Path> testDirs = modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory)
          .collect(Collectors.toList());
      List<String> texts = new ArrayList<>();
      for (Path dir : testDirs) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(f -> texts.add(read(f)));
        }
      }
      return texts.stream();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
