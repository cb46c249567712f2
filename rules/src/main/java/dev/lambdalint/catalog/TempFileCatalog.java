package dev.lambdalint.catalog;

import java.util.List;

/**
 * What the temporary-file check knows: how files under /tmp get made and how they get deleted.
 *
 * @param creates       calls that create a file or directory with a fresh name in the temporary directory (or in
 *                      the directory an argument names)
 * @param tmpRoots      paths written out that are the temporary directory ("/tmp")
 * @param tmpProperties system properties naming the temporary directory ("java.io.tmpdir")
 * @param paths         calls and constructions that make a path from parts ({@code new File(dir, name)},
 *                      {@code Path.of(..)}, {@code dir.resolve(name)})
 * @param writes        calls and constructions that write a file at a path given as an argument or receiver
 * @param deletes       method names that delete a file or directory given as argument or receiver (
 *                      {@code deleteOnExit} is not one: a warm execution environment does not exit)
 * @param deleteOnClose option names that delete the file when its stream closes
 * @param movesAway     method names that move the file given as their first argument (or receiver) elsewhere
 */
public record TempFileCatalog(List<TempCreate> creates, List<String> tmpRoots, List<String> tmpProperties,
                              List<CallPattern> paths, List<TempWrite> writes, List<String> deletes,
                              List<String> deleteOnClose, List<String> movesAway) {

    /**
     * A call that creates a file or directory with a fresh name.
     *
     * @param call      the call, with its exact argument count
     * @param directory the argument naming the directory it is created in; null when it is the temporary directory
     */
    public record TempCreate(CallPattern call, Integer directory) {
    }

    /**
     * A call or construction that writes (creates) a file at a path it is given.
     *
     * @param call   the call or construction
     * @param target the argument giving the path written; null when it is the receiver ({@code file.createNewFile()})
     */
    public record TempWrite(CallPattern call, Integer target) {
    }

    public TempFileCatalog {
        creates = Copies.listOrEmpty(creates);
        tmpRoots = Copies.listOrEmpty(tmpRoots);
        tmpProperties = Copies.listOrEmpty(tmpProperties);
        paths = Copies.listOrEmpty(paths);
        writes = Copies.listOrEmpty(writes);
        deletes = Copies.listOrEmpty(deletes);
        deleteOnClose = Copies.listOrEmpty(deleteOnClose);
        movesAway = Copies.listOrEmpty(movesAway);
    }

    public static TempFileCatalog empty() {
        return new TempFileCatalog(null, null, null, null, null, null, null, null);
    }
}
