package io.subnetstorage.auth.bootstrap.web.operator;

import io.subnetstorage.auth.application.port.out.migration.ObjectOutcome;

/** The report's CSV (RFC 4180): one line per object, fields quoted only when they must be. */
final class MigrationReport {

    static final String HEADER = "key,size,source_etag,sha256,destination_etag,state,error";

    private MigrationReport() {
    }

    static void append(StringBuilder csv, ObjectOutcome line) {
        csv.append(field(line.key().value())).append(',').append(line.size()).append(',').append(field(line.sourceEtag())).append(',')
                .append(line.sha256().orElse("")).append(',').append(field(line.destinationEtag().orElse(""))).append(',')
                .append(line.state().label()).append(',').append(field(line.error().orElse(""))).append('\n');
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
