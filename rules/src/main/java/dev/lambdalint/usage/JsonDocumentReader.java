package dev.lambdalint.usage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON documents element by element, so that a problem names the line of its own event or row and a
 * document cut short keeps what came before the cut: {@code filter-log-events} output, an Insights export, a
 * subscription payload, a JSON array of records.
 */
final class JsonDocumentReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocumentReader() {
    }

    static void read(Reader in, FileSink sink) throws IOException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    readElements(parser, null, sink);
                } else if (token == JsonToken.START_OBJECT) {
                    readObject(parser, sink);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.problem(line, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " (the rest of this file is skipped)");
        }
    }

    /** A top-level object: a container of events or rows, or one record itself. */
    private static void readObject(JsonParser parser, FileSink sink) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        ObjectNode scalars = MAPPER.createObjectNode();
        boolean container = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (JsonRecords.CONTAINER_FIELDS.contains(field) && value == JsonToken.START_ARRAY) {
                container = true;
                // a subscription payload names its log group before its events
                readElements(parser, scalars.path("logGroup").asText(null), sink);
            } else {
                scalars.set(field, parser.readValueAsTree());
            }
        }
        if (!container) {
            emit(line, scalars, null, sink);
        }
    }

    private static void readElements(JsonParser parser, String logGroup, FileSink sink) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            emit(line, parser.readValueAsTree(), logGroup, sink);
        }
    }

    private static void emit(int line, JsonNode node, String logGroup, FileSink sink) {
        sink.read(line, () -> {
            List<Parsed> parsed = new ArrayList<>();
            JsonRecords.collect(node, logGroup, parsed);
            return parsed;
        });
    }
}
