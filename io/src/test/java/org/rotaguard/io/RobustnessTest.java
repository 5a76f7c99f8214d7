package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Damaged files end in a RotaFileException with located, non-empty messages, never in anything else. */
class RobustnessTest {
    private static final String NOISE = ":{}[],-\"'#\n\t 0123456789+&*!|>%@~.DNLXyes";

    @ParameterizedTest
    @EnumSource(RotaFileFormat.class)
    void randomlyDamagedFiles(RotaFileFormat format) throws RotaFileException {
        String name = format == RotaFileFormat.YAML ? "fuzz.yaml" : "fuzz.json";
        String original = RotaFileWriter.write(RotaFileReader.read(TestFiles.resource("ed-2002.yaml")), format);
        Random random = new Random(20260805);
        for (int attempt = 0; attempt < 3000; attempt++) {
            String text = damaged(original, random);
            try {
                RotaFileReader.read(text, name, format);
            } catch (RotaFileException e) {
                assertThat(e.problems()).allSatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(name);
                    assertThat(problem.message()).isNotBlank();
                    assertThat(problem.line() > 0 || problem.path().isEmpty()).isTrue();
                });
            } catch (RuntimeException e) {
                fail("reading this text threw " + e + ":\n" + text, e);
            }
        }
    }

    private static String damaged(String text, Random random) {
        StringBuilder damaged = new StringBuilder(text);
        for (int change = random.nextInt(3); change >= 0 && damaged.length() > 0; change--) {
            int at = random.nextInt(damaged.length());
            switch (random.nextInt(3)) {
                case 0 -> damaged.deleteCharAt(at);
                case 1 -> damaged.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> damaged.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return damaged.toString();
    }
}
