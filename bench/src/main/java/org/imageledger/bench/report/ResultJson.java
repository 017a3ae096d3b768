package org.imageledger.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The report as JSON, one file per run, so that runs can be compared by tools. */
public final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {}

    public static String render(Report report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("mode", report.mode());
        document.put("commit", report.commit());
        document.put("started_at", report.startedAt().toString());
        document.put("finished_at", report.finishedAt().toString());
        document.put("settings", new TreeMap<>(report.settings()));
        document.put("rows", report.rows().stream().map(ResultJson::row).toList());
        try {
            return JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Report report, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(report) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> row(Row row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("metric", row.metric());
        fields.put("unit", row.unit() == null ? null : row.unit().symbol);
        fields.put("ours", row.ours());
        fields.put("baseline", row.baseline());
        fields.put("ratio", row.ratio());
        if (row.target() != null) {
            fields.put(
                    "target",
                    Map.of(
                            "kind", row.target().kind().name().toLowerCase(Locale.ROOT),
                            "bound", row.target().bound(),
                            "text", row.target().describe(row.unit())));
            fields.put("target_met", row.targetMet().orElse(null));
        }
        fields.put("note", row.note());
        return fields;
    }
}
