package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static String[][] shown(Figure[][] f) {
        String[][] s = new String[f.length][];
        for (int r = 0; r < f.length; r++) {
            s[r] = new String[f[r].length];
            for (int c = 0; c < f[r].length; c++) {
                s[r][c] = f[r][c].text(FigureTable.Kind.COUNT);
            }
        }
        return s;
    }

    @Test
    void countsUnderFiveAreShownAsLessThanFiveAndZeroAndFiveAsThey() {
        Figure[][] f = Suppression.suppress(new long[][] {{0}, {4}, {5}, {1}}, false, false);
        assertThat(shown(f)).isEqualTo(new String[][] {{"0"}, {"<5"}, {"5"}, {"<5"}});
    }

    @Test
    void aLoneSmallCellInAColumnWithATotalHidesAnotherSoTheTotalCannotRevealIt() {
        // 3 + 12 + 20 = 35: with only the 3 hidden, 35 − 12 − 20 gives it away.
        Figure[][] f = Suppression.suppress(new long[][] {{3}, {12}, {20}}, false, true);
        assertThat(shown(f)).isEqualTo(new String[][] {{"<5"}, {"*"}, {"20"}, {"35"}});
        assertThat(f[1][0].hidden()).isEqualTo(Figure.Hidden.SECONDARY);
        assertThat(f[1][0].value()).isEqualByComparingTo("12");
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        Figure[][] f = Suppression.suppress(new long[][] {{3}, {2}, {20}}, false, true);
        assertThat(shown(f)).isEqualTo(new String[][] {{"<5"}, {"<5"}, {"20"}, {"25"}});
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        Figure[][] f = Suppression.suppress(new long[][] {{3}, {0}}, false, true);
        assertThat(shown(f)).isEqualTo(new String[][] {{"<5"}, {"0"}, {"<5"}});
    }

    @Test
    void aTwoWayTableHidesAcrossRowsAndColumns() {
        //          FY1 FY2 | Total
        // Surgery    3  10 | 13
        // Medicine   8  12 | 20
        Figure[][] f = Suppression.suppress(new long[][] {{3, 10}, {8, 12}}, true, true);
        assertThat(shown(f)).isEqualTo(new String[][] {{"<5", "*", "13"}, {"*", "*", "20"}, {"11", "22", "33"}});
    }

    @Test
    void noLineEverHasExactlyOneHiddenCellAndEverySmallCountIsHidden() {
        qt().withFixedSeed(5L).withExamples(400).forAll(integers().between(1, 5), integers().between(1, 5),
                lists().of(integers().between(0, 12)).ofSize(25)).checkAssert((rows, cols, values) -> {
                    long[][] cells = new long[rows][cols];
                    for (int r = 0; r < rows; r++) {
                        for (int c = 0; c < cols; c++) {
                            cells[r][c] = values.get(r * 5 + c);
                        }
                    }
                    boolean rowTotals = cols > 1;
                    Figure[][] f = Suppression.suppress(cells, rowTotals, true);
                    int r2 = f.length;
                    int c2 = f[0].length;
                    for (Figure[] row : f) {
                        for (Figure x : row) {
                            long v = x.value().longValue();
                            if (v > 0 && v < 5) {
                                assertThat(x.hidden()).isEqualTo(Figure.Hidden.PRIMARY);
                            }
                        }
                    }
                    for (int r = 0; r < r2; r++) {
                        if (rowTotals) {
                            assertThat(hiddenIn(List.of(f[r]))).as("row " + r).isNotEqualTo(1);
                        }
                    }
                    for (int c = 0; c < c2; c++) {
                        int hidden = 0;
                        for (int r = 0; r < r2; r++) {
                            hidden += f[r][c].shown() ? 0 : 1;
                        }
                        assertThat(hidden).as("column " + c).isNotEqualTo(1);
                    }
                });
    }

    private static int hiddenIn(List<Figure> line) {
        return (int) line.stream().filter(x -> !x.shown()).count();
    }
}
