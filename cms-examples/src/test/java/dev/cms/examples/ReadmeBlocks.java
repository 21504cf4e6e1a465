package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares a README code block with the code a test runs: the README shows it at the margin between
 * {@code <!-- readme:NAME:begin -->} and {@code <!-- readme:NAME:end -->}; the test holds it inside a method body between
 * {@code // readme:NAME:begin} and {@code // readme:NAME:end}.
 */
final class ReadmeBlocks {
    static final Path README = Path.of("..", "README.md");
    static final String INDENT = "        ";

    private ReadmeBlocks() {
    }

    /** Fails unless README.md's block {@code name} is exactly the marked code of the test source. */
    static void assertReadmeShows(String name, Path testSource) throws IOException {
        String readme = block(name, "java");
        String tested = between(Files.readString(testSource), INDENT + "// readme:" + name + ":begin\n",
                INDENT + "// readme:" + name + ":end\n")
                .orElseThrow(() -> new AssertionError(testSource + " lost its readme:" + name + " markers"));
        assertThat(indented(readme)).isEqualTo(tested);
    }

    /**
     * {@return the text of README.md's block {@code name}: a fenced block of the language between the block's markers}
     *
     * @param name     the block's name in its markers
     * @param language the fence's language, such as {@code java} or {@code json}
     */
    static String block(String name, String language) throws IOException {
        return between(Files.readString(README), "<!-- readme:" + name + ":begin -->\n```" + language + "\n",
                "```\n<!-- readme:" + name + ":end -->")
                .orElseThrow(() -> new AssertionError("README.md has no ```" + language + " block between the readme:" + name + " markers"));
    }

    static Optional<String> between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = from < 0 ? -1 : text.indexOf(end, from + begin.length());
        return to < 0 ? Optional.empty() : Optional.of(text.substring(from + begin.length(), to));
    }

    /** The README shows the code at the margin; in a test it sits inside a method body. */
    static String indented(String block) {
        return block.lines().map(line -> line.isEmpty() ? line : INDENT + line).collect(Collectors.joining("\n", "", "\n"));
    }
}
