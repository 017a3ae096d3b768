package org.imageledger.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as a plain-text table, followed by the notes that say what a figure means or why it is missing. */
public final class ResultTable {

    private static final List<String> HEADINGS = List.of("metric", "ours", "baseline", "ratio", "target");

    private ResultTable() {}

    public static String render(Report report) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADINGS);
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            lines.add(List.of(
                    row.metric(),
                    Figures.format(row.ours(), row.unit()),
                    row.baseline() == null ? "" : Figures.format(row.baseline(), row.unit()),
                    Figures.ratio(row.ratio()),
                    target(row)));
            if (row.note() != null) {
                notes.computeIfAbsent(row.note(), note -> new ArrayList<>()).add(row.metric());
            }
        }
        StringBuilder text = new StringBuilder();
        int[] widths = widths(lines);
        for (List<String> line : lines) {
            text.append(pad(line, widths).stripTrailing()).append('\n');
        }
        notes.forEach((note, metrics) -> text.append("* ")
                .append(String.join(", ", metrics))
                .append(": ")
                .append(note)
                .append('\n'));
        return text.toString();
    }

    private static String target(Row row) {
        if (row.target() == null) {
            return "";
        }
        String verdict = row.targetMet().map(met -> met ? "met" : "MISSED").orElse("not measured");
        return row.target().describe(row.unit()) + " (" + verdict + ")";
    }

    private static int[] widths(List<List<String>> lines) {
        int[] widths = new int[HEADINGS.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        return widths;
    }

    private static String pad(List<String> line, int[] widths) {
        StringBuilder padded = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            String cell = line.get(i);
            // text left, figures right, so that digits line up
            padded.append(
                            i == 0 || i == line.size() - 1
                                    ? cell + " ".repeat(widths[i] - cell.length())
                                    : " ".repeat(widths[i] - cell.length()) + cell)
                    .append("  ");
        }
        return padded.toString();
    }
}
