package dev.iia.io;

/** A file is larger than iia reads: refused before reading it, or as soon as a read passes the limit. */
public final class FileTooLargeException extends FileAccessException {
    private static final long serialVersionUID = 1L;
    private final long size;
    private final long limit;

    public FileTooLargeException(String shownAs, long size, long limit) {
        super(shownAs + ": cannot read: larger than the " + limit + " bytes iia reads");
        this.size = size;
        this.limit = limit;
    }

    /** The file's size as far as it is known: at least this many bytes. */
    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
