package io.subnetstorage.auth.bootstrap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.bootstrap.support.ReactorRoot;
import io.subnetstorage.auth.bootstrap.support.SettingVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md's configuration tables name every variable application.yml reads, and no variable it does not: a row is a
 * table line whose first cell holds backticked upper-case names ({@code | `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` |}).
 */
class ReadmeListsEveryVariableTest {

    private static final Pattern FIRST_CELL = Pattern.compile("^\\|([^|]*)\\|");
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]{2,})`");

    @Test
    void theConfigurationTablesListExactlyTheVariablesTheServiceReads() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(ReactorRoot.path().resolve("README.md"))) {
            Matcher cell = FIRST_CELL.matcher(line);
            if (cell.find()) {
                Matcher variable = VARIABLE.matcher(cell.group(1));
                while (variable.find()) {
                    documented.add(variable.group(1));
                }
            }
        }
        Set<String> read = new TreeSet<>(SettingVariables.byProperty().values());

        Set<String> undocumented = new TreeSet<>(read);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "variables application.yml reads that README.md's tables leave out");
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(read);
        assertEquals(Set.of(), unknown, "README.md rows naming variables application.yml does not read");
    }
}
