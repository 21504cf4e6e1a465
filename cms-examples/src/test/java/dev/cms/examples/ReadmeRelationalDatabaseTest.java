package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.Email;
import dev.cms.persistence.jpa.JpaPersistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's "Using a relational database" snippet on H2, checks what it stored by reopening the database,
 * and fails if the README's code block and the code between the markers below ever differ.
 */
class ReadmeRelationalDatabaseTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "cms", "examples",
            "ReadmeRelationalDatabaseTest.java");
    private static final String INDENT = "        ";

    @Test
    void snippet_migratesTheSchemaAndStoresTheCustomerInTheDatabase() {
        // readme:jpa:begin
        HikariDataSource dataSource = new HikariDataSource();
        // PostgreSQL: "jdbc:postgresql://db.example.com/crm?reWriteBatchedInserts=true" (the driver then sends batches as one)
        dataSource.setJdbcUrl("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        try (JpaPersistence store = JpaPersistence.fromDataSource(dataSource)) { // migrates the schema, then validates it
            CmsScope alice = Cms.builder().persistence(store).build().as(Principal.of("alice"));
            Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace")
                    .email("ada@example.com").tag("vip").build());
            System.out.println(alice.customers().get(ada.id()).displayName() + " is stored");
        }
        dataSource.close();
        // readme:jpa:end

        try (HikariDataSource reopened = new HikariDataSource()) {
            reopened.setJdbcUrl("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1");
            reopened.setUsername("sa");
            try (JpaPersistence store = JpaPersistence.builder(reopened).migrate(false).build()) {
                assertThat(store.customers().findByEmail(Email.of("ADA@example.com"))).singleElement().satisfies(c -> {
                    assertThat(c.displayName()).isEqualTo("Ada Lovelace");
                    assertThat(c.profile().tags()).containsExactly("vip");
                    assertThat(c.version()).isZero();
                });
            }
        }
    }

    @Test
    void readme_showsExactlyTheSnippetThisTestRuns() throws IOException {
        String readme = Files.readString(README);
        String block = between(readme, "<!-- readme:jpa:begin -->\n```java\n", "```\n<!-- readme:jpa:end -->")
                .orElseThrow(() -> new AssertionError("README.md has no ```java block between the readme:jpa markers"));
        String tested = between(Files.readString(THIS_SOURCE), INDENT + "// readme:jpa:begin\n", INDENT + "// readme:jpa:end\n")
                .orElseThrow(() -> new AssertionError("this test lost its readme:jpa markers"));

        assertThat(indented(block)).isEqualTo(tested);
        assertThat(block.lines().count()).as("lines in the README's snippet").isLessThan(20L);
    }

    private static Optional<String> between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = from < 0 ? -1 : text.indexOf(end, from + begin.length());
        return to < 0 ? Optional.empty() : Optional.of(text.substring(from + begin.length(), to));
    }

    /** The README shows the code at the margin; in this file it sits inside a method body. */
    private static String indented(String block) {
        return block.lines().map(line -> line.isEmpty() ? line : INDENT + line).collect(Collectors.joining("\n", "", "\n"));
    }
}
