package io.subnetstorage.auth.application.port.in;

/** One run of the cleanup job: registrations archived and objects deleted. */
public record CleanupReport(int archived, long objectsDeleted) {
}
