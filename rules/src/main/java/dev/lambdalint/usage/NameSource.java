package dev.lambdalint.usage;

/** Where the function name of a record came from; matching to template functions treats them alike. */
public enum NameSource {
    /** From the record's log group: {@code /aws/lambda/<name>}, or the whole group name when it is a custom one. */
    LOG_GROUP,
    /** The records did not name their function, so the file name does (log-group prefix stripped). */
    FILE_NAME,
    /** Fetched live for a function named by the caller or found by ListFunctions. */
    DEPLOYED
}
