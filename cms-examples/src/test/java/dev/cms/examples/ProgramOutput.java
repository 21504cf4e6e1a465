package dev.cms.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an example's {@code main} as a user would and captures what it prints, with {@code \n} line ends. */
final class ProgramOutput {
    private ProgramOutput() {
    }

    /** The program's entry point, so a test can pass {@code QuickStart::main}. */
    @FunctionalInterface
    interface Main {
        void run(String[] args);
    }

    static String of(Main program, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            program.run(args);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    /** The {@code count} lines after the first line equal to {@code header}; fails if there is no such header. */
    static List<String> linesAfter(String output, String header, int count) {
        List<String> lines = output.lines().toList();
        int at = lines.indexOf(header);
        if (at < 0) {
            throw new AssertionError("no line \"" + header + "\" in:\n" + output);
        }
        return lines.subList(at + 1, Math.min(lines.size(), at + 1 + count));
    }
}
